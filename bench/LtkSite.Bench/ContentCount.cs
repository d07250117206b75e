using System.Globalization;
using System.Text.RegularExpressions;

namespace LtkSite.Bench;

/// <summary>
/// The <c>count</c> command: signs in and prints how many items the admin content list says it has, so a
/// seeded run can check the import before measuring. Usage: <c>count --site URL [--user admin] [--password P]</c>
/// </summary>
public static partial class ContentCount
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        Uri? site = null;
        var user = "admin";
        var password = Environment.GetEnvironmentVariable("LTK_ADMIN_PASSWORD");
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--site": site = new Uri(BenchOptions.Value(args, ref i)); break;
                case "--user": user = BenchOptions.Value(args, ref i); break;
                case "--password": password = BenchOptions.Value(args, ref i); break;
                default: throw new ArgumentException($"Unknown count option '{args[i]}'.");
            }
        }

        if (site is null || password is null)
        {
            throw new ArgumentException("count needs --site and --password (or LTK_ADMIN_PASSWORD).");
        }

        var cookies = await SignIn.AsAsync(site, user, password);
        using var handler = new SocketsHttpHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = site, Timeout = TimeSpan.FromMinutes(2) };
        var page = await client.GetStringAsync(new Uri("/admin/content", UriKind.Relative));
        var count = CountLine().Match(page);
        if (!count.Success)
        {
            throw new InvalidOperationException("The content list shows no item count (class=\"content-count\").");
        }

        Console.WriteLine(int.Parse(count.Groups[1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture));
        return 0;
    }

    // The list's status line starts with the total, e.g. "10000 items found." or its Danish text.
    [GeneratedRegex(@"class=""content-count""[^>]*>\s*(\d+)")]
    private static partial Regex CountLine();
}
