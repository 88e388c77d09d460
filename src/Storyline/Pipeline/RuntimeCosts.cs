using System.Globalization;

namespace Storyline.Pipeline;

/// <summary>
/// What the .NET runtime spent on its own work — compiling methods, pausing for collections — and the
/// bytes the process allocated, between two readings. A benchmark prints it because on two cores these
/// costs compete with the pipeline for the same processors.
/// </summary>
/// <param name="JitTime">Time spent compiling methods, summed over threads.</param>
/// <param name="MethodsCompiled">Methods compiled (each tier counts).</param>
/// <param name="GcPauseTime">Time the program was paused for garbage collection.</param>
/// <param name="Collections">Garbage collections of any generation.</param>
/// <param name="FullCollections">Collections of the whole heap (generation 2), the costly kind with many articles in memory.</param>
/// <param name="AllocatedBytes">Bytes allocated on the managed heap.</param>
public readonly record struct RuntimeCosts(TimeSpan JitTime, long MethodsCompiled, TimeSpan GcPauseTime, int Collections, int FullCollections,
    long AllocatedBytes)
{
    /// <summary>The process totals so far.</summary>
    public static RuntimeCosts Now() => new(
        System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount(),
        GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());

    /// <summary>The costs between two readings.</summary>
    public static RuntimeCosts operator -(RuntimeCosts after, RuntimeCosts before) => new(
        after.JitTime - before.JitTime, after.MethodsCompiled - before.MethodsCompiled,
        after.GcPauseTime - before.GcPauseTime, after.Collections - before.Collections, after.FullCollections - before.FullCollections,
        after.AllocatedBytes - before.AllocatedBytes);

    /// <summary>One line for a report.</summary>
    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"runtime: compiling {MethodsCompiled} methods {JitTime.TotalSeconds:F2} s, {Collections} collections ({FullCollections} full) paused {GcPauseTime.TotalSeconds:F2} s, allocated {AllocatedBytes / 1e9:F2} GB");
}
