using System.Collections.Concurrent;
using System.Diagnostics;

namespace Storyline.Pipeline;

/// <summary>
/// Time spent in each analysis stage, summed over threads, so a benchmark can say where an
/// ingest goes. Thread-safe; a stage timed on two threads at once counts twice.
/// </summary>
public sealed class StageTimes
{
    private readonly ConcurrentDictionary<string, long> ticks = new(StringComparer.Ordinal);

    /// <summary>Starts timing <paramref name="stage"/>; disposing the result adds the elapsed time.</summary>
    public Measurement Measure(string stage) => new(this, stage, Stopwatch.GetTimestamp());

    /// <summary>Starts timing <paramref name="stage"/> on <paramref name="times"/>, or nothing when it is null.</summary>
    public static Measurement Start(StageTimes? times, string stage) => new(times, stage, times is null ? 0 : Stopwatch.GetTimestamp());

    /// <summary>The stages in descending order of time.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Totals() =>
        ticks.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (p.Key, Stopwatch.GetElapsedTime(0, p.Value))).ToArray();

    private void Add(string stage, long elapsed) => ticks.AddOrUpdate(stage, elapsed, (_, total) => total + elapsed);

    /// <summary>One running measurement.</summary>
    public readonly struct Measurement(StageTimes? owner, string stage, long start) : IDisposable
    {
        /// <summary>Adds the time since the start to the stage.</summary>
        public void Dispose() => owner?.Add(stage, Stopwatch.GetTimestamp() - start);
    }
}
