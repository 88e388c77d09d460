using System.Diagnostics;

namespace Storyline.Tests;

/// <summary>Processor time of an action, best of several runs: for tests that report speed (they never assert it).</summary>
internal static class CpuTime
{
    public static double BestSeconds(Action action, int runs = 5)
    {
        var best = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var start = process.TotalProcessorTime;
            action();
            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - start).TotalSeconds);
        }
        return Math.Max(best, 1e-6);
    }
}
