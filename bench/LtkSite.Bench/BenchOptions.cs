using System.Globalization;

namespace LtkSite.Bench;

/// <summary>Command-line options of the <c>load</c> command; paths given without a flag are extra targets.</summary>
public sealed class BenchOptions
{
    public Uri? Site { get; private set; }

    public Uri? Bare { get; private set; }

    public int Connections { get; private set; } = 64;

    public int WarmupSeconds { get; private set; } = 30;

    public int DurationSeconds { get; private set; } = 10;

    public string UserName { get; private set; } = "admin";

    public string? Password { get; private set; } = Environment.GetEnvironmentVariable("LTK_ADMIN_PASSWORD");

    public string Mode { get; private set; } = "unpinned";

    public bool DefaultTargets { get; private set; } = true;

    public List<string> ExtraPaths { get; } = [];

    /// <summary>Extra targets requested signed in (<c>--editor /</c>: a public page as an editor gets it, never from the output cache).</summary>
    public List<string> EditorPaths { get; } = [];

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--site": options.Site = new Uri(Value(args, ref i)); break;
                case "--bare": options.Bare = new Uri(Value(args, ref i)); break;
                case "--connections": options.Connections = Number(args, ref i); break;
                case "--warmup": options.WarmupSeconds = Number(args, ref i); break;
                case "--duration": options.DurationSeconds = Number(args, ref i); break;
                case "--user": options.UserName = Value(args, ref i); break;
                case "--password": options.Password = Value(args, ref i); break;
                case "--mode": options.Mode = Value(args, ref i); break;
                case "--only": options.DefaultTargets = false; break;
                case "--editor": options.EditorPaths.Add(Value(args, ref i)); break;
                default:
                    if (!arg.StartsWith('/'))
                    {
                        throw new ArgumentException($"Unknown option '{arg}'. Extra targets are paths starting with '/'.");
                    }

                    options.ExtraPaths.Add(arg);
                    break;
            }
        }

        if (options.Site is null)
        {
            throw new ArgumentException("--site is required.");
        }

        if (options.Connections < 1 || options.DurationSeconds < 1 || options.WarmupSeconds < 0)
        {
            throw new ArgumentException("--connections and --duration must be at least 1, --warmup at least 0.");
        }

        return options;
    }

    internal static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");

    internal static int Number(IReadOnlyList<string> args, ref int i) =>
        int.Parse(Value(args, ref i), NumberStyles.Integer, CultureInfo.InvariantCulture);
}
