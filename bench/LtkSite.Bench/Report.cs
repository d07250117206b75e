using System.Globalization;

namespace LtkSite.Bench;

/// <summary>Prints results as a Markdown table, readable in a terminal and pasteable into the README.</summary>
public static class Report
{
    public static void Header(BenchOptions options)
    {
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Mode: {options.Mode}; {options.Connections} connections; warm-up {options.WarmupSeconds} s and {options.DurationSeconds} s measured per target; {Environment.ProcessorCount} CPU(s) visible to the load generator."));
        Console.WriteLine();
        Console.WriteLine("| Target | req/s | p50 ms | p90 ms | p99 ms | errors | bytes/resp | ratio to bare |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
    }

    public static void Row(LoadResult result, double? bareRequestsPerSecond)
    {
        var ratio = bareRequestsPerSecond is > 0 ? (result.RequestsPerSecond / bareRequestsPerSecond.Value).ToString("0.00", CultureInfo.InvariantCulture) : "–";
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {result.Target.Label} | {result.RequestsPerSecond:0} | {result.P50Ms:0.00} | {result.P90Ms:0.00} | {result.P99Ms:0.00} | {result.Errors} | {result.BytesPerResponse} | {ratio} |"));
    }
}
