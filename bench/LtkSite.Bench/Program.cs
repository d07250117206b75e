using LtkSite.Bench;

// Commands: load (the default), coldstart, freeport, wait, seed, count. bench/run.sh drives them; see bench/README.md.
try
{
    return args.FirstOrDefault() switch
    {
        "coldstart" => await ColdStart.RunAsync(args[1..]),
        "freeport" => Probe.FreePorts(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1),
        "wait" => await Probe.WaitAsync(new Uri(args[1]), TimeSpan.FromSeconds(args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 60)),
        "seed" => await Seed.RunAsync(args[1..]),
        "count" => await ContentCount.RunAsync(args[1..]),
        "load" => await Load.RunAsync(BenchOptions.Parse(args[1..])),
        _ => await Load.RunAsync(BenchOptions.Parse(args)),
    };
}
catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or HttpRequestException)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 2;
}
