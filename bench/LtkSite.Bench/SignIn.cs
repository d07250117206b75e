using System.Net;
using System.Text.RegularExpressions;

namespace LtkSite.Bench;

/// <summary>Signs in once through the real login form (anti-forgery token and cookie included), as a browser does.</summary>
public static partial class SignIn
{
    public static async Task<CookieContainer> AsAsync(Uri site, string userName, string password, CancellationToken cancellationToken = default)
    {
        var cookies = new CookieContainer();
        using var handler = new SocketsHttpHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = site };
        var login = new Uri("/login", UriKind.Relative);

        var form = await client.GetStringAsync(login, cancellationToken);
        var token = TokenField().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("The login form has no __RequestVerificationToken field.");
        }

        using var content = new FormUrlEncodedContent(
        [
            new("UserName", userName),
            new("Password", password),
            new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)),
        ]);
        using var response = await client.PostAsync(login, content, cancellationToken);
        var location = response.Headers.Location?.OriginalString;
        if (response.StatusCode != HttpStatusCode.Redirect || location != "/admin")
        {
            throw new InvalidOperationException(
                $"Sign-in as '{userName}' failed: {(int)response.StatusCode} {location}. Is LTK_ADMIN_PASSWORD the one the site was set up with?");
        }

        return cookies;
    }

    // Html.AntiForgeryToken() writes name before value.
    [GeneratedRegex(@"name=""__RequestVerificationToken""[^>]*?value=""([^""]+)""")]
    private static partial Regex TokenField();
}
