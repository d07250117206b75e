using System.Net;
using System.Text.RegularExpressions;

namespace LtkSite.Testing;

/// <summary>Drives forms the way a browser does: read the page, keep its anti-forgery token, post the fields.</summary>
public static partial class HttpClientExtensions
{
    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        return ExtractAntiforgeryToken(html);
    }

    public static string ExtractAntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        if (!match.Success)
        {
            throw new InvalidOperationException("The page has no anti-forgery token.");
        }

        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>GETs <paramref name="formUrl"/>, then POSTs the fields with its token to <paramref name="postUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await client.GetAntiforgeryTokenAsync(formUrl);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(postUrl, content);
    }

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string userName, string password) =>
        client.PostFormAsync("/login", "/login", [new("UserName", userName), new("Password", password)]);

    public static async Task LoginAsAdminAsync(this HttpClient client)
    {
        var response = await client.LoginAsync("admin", SiteFactory.AdminPassword);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"admin could not sign in: {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
