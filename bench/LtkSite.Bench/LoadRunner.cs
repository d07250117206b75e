using System.Diagnostics;
using System.Net;

namespace LtkSite.Bench;

/// <summary>
/// Closed-loop load: N workers, each on its own keep-alive connection, send the next request as soon as the
/// previous answer has been read in full. Only requests that start and finish inside the measured window count.
/// </summary>
public sealed class LoadRunner(int connections, TimeSpan warmup, TimeSpan duration)
{
    public async Task<LoadResult> RunAsync(Target target, CookieContainer? cookies)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

        var ticksPerSecond = Stopwatch.Frequency;
        var begin = Stopwatch.GetTimestamp();
        var measureFrom = begin + (long)(warmup.TotalSeconds * ticksPerSecond);
        var measureTo = measureFrom + (long)(duration.TotalSeconds * ticksPerSecond);
        using var stop = new CancellationTokenSource(warmup + duration + TimeSpan.FromMilliseconds(50));

        var workers = new Task<WorkerStats>[connections];
        for (var i = 0; i < connections; i++)
        {
            workers[i] = Task.Run(() => WorkAsync(client, target, measureFrom, measureTo, stop.Token));
        }

        var stats = await Task.WhenAll(workers);
        var latencies = stats.SelectMany(s => s.Latencies).ToArray();
        Array.Sort(latencies);
        var requests = latencies.LongLength;
        var bytes = stats.Sum(s => s.Bytes);
        return new LoadResult(
            target,
            requests,
            stats.Sum(s => s.Errors),
            requests / duration.TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.90),
            Percentile(latencies, 0.99),
            requests == 0 ? 0 : bytes / requests);
    }

    private static async Task<WorkerStats> WorkAsync(HttpClient client, Target target, long measureFrom, long measureTo, CancellationToken stop)
    {
        var stats = new WorkerStats();
        var buffer = new byte[64 * 1024];
        while (!stop.IsCancellationRequested)
        {
            var start = Stopwatch.GetTimestamp();
            var ok = false;
            long bytes = 0;
            try
            {
                using var response = await client.GetAsync(target.Next(), HttpCompletionOption.ResponseHeadersRead, stop);
                await using var body = await response.Content.ReadAsStreamAsync(stop);
                int read;
                while ((read = await body.ReadAsync(buffer, stop)) > 0)
                {
                    bytes += read;
                }

                ok = response.IsSuccessStatusCode;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
            {
                // A refused or reset connection is an error of the server under load, counted like a 5xx.
            }

            var end = Stopwatch.GetTimestamp();
            if (start >= measureFrom && end <= measureTo)
            {
                stats.Latencies.Add(end - start);
                stats.Bytes += bytes;
                if (!ok)
                {
                    stats.Errors++;
                }
            }
        }

        return stats;
    }

    private static double Percentile(long[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var index = Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1);
        return sorted[index] * 1000.0 / Stopwatch.Frequency;
    }

    private sealed class WorkerStats
    {
        public List<long> Latencies { get; } = new(16 * 1024);

        public long Bytes { get; set; }

        public long Errors { get; set; }
    }
}
