using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace LtkSite.Bench;

/// <summary>
/// Time from process start to the first 200 from a URL, over several starts. With <c>--reset</c> a folder
/// (the site's App_Data) is removed before each start, so every start migrates and sets up an empty database.
/// A first start that imports many items takes long: <c>--timeout</c> (seconds, default 120) says how long to wait.
/// Usage: <c>coldstart --label L --url U [--runs 3] [--workdir D] [--reset D] [--timeout 120] -- command args…</c>
/// </summary>
public static class ColdStart
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        string label = "server", workDir = Environment.CurrentDirectory;
        string? reset = null;
        Uri? url = null;
        var runs = 3;
        var giveUpAfter = TimeSpan.FromMinutes(2);
        var split = args.ToList().IndexOf("--");
        if (split < 0 || split == args.Count - 1)
        {
            throw new ArgumentException("coldstart needs '-- command args…' after its options.");
        }

        for (var i = 0; i < split; i++)
        {
            switch (args[i])
            {
                case "--label": label = BenchOptions.Value(args, ref i); break;
                case "--url": url = new Uri(BenchOptions.Value(args, ref i)); break;
                case "--runs": runs = BenchOptions.Number(args, ref i); break;
                case "--workdir": workDir = BenchOptions.Value(args, ref i); break;
                case "--reset": reset = BenchOptions.Value(args, ref i); break;
                case "--timeout": giveUpAfter = TimeSpan.FromSeconds(BenchOptions.Number(args, ref i)); break;
                default: throw new ArgumentException($"Unknown coldstart option '{args[i]}'.");
            }
        }

        if (url is null)
        {
            throw new ArgumentException("coldstart needs --url.");
        }

        var command = args.Skip(split + 1).ToList();
        var seconds = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            if (reset is not null && Directory.Exists(reset))
            {
                Directory.Delete(reset, recursive: true);
            }

            seconds.Add(await OnceAsync(url, workDir, command, giveUpAfter));
        }

        seconds.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {label} | {seconds[seconds.Count / 2]:0.00} s | {seconds[0]:0.00} s | {seconds[^1]:0.00} s | {runs} |"));
        return 0;
    }

    private static async Task<double> OnceAsync(Uri url, string workDir, List<string> command, TimeSpan giveUpAfter)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        // The server's log is kept only to explain a start that never answers.
        var log = new StringBuilder();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command[0]}.");
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < giveUpAfter && !process.HasExited)
            {
                if (await Probe.IsUpAsync(client, url))
                {
                    return clock.Elapsed.TotalSeconds;
                }

                await Task.Delay(5);
            }

            lock (log)
            {
                var why = process.HasExited ? $"the server exited with code {process.ExitCode}" : $"no 200 within {giveUpAfter.TotalSeconds} s";
                throw new InvalidOperationException($"{url}: {why}. Server log:\n{log}");
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }
    }
}
