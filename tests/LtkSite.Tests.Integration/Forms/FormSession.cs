using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using LtkSite.Testing;

namespace LtkSite.Tests.Integration.Forms;

/// <summary>
/// One citizen filling in a form as a browser would: every post carries the page's token and sealed answers back. A page
/// opened at another address (a saved draft's link) posts to the form's own, <paramref name="postUrl"/>.
/// </summary>
public sealed partial class FormSession(HttpClient client, string url, string? postUrl = null)
{
    public string Html { get; private set; } = "";

    public HttpResponseMessage? Response { get; private set; }

    public async Task<string> OpenAsync()
    {
        Response = await client.GetAsync(url);
        Html = await Response.Content.ReadAsStringAsync();
        return Html;
    }

    /// <summary>Changes the page as someone meddling with it in the browser would.</summary>
    public void AlterPage(Func<string, string> alter) => Html = alter(Html);

    /// <summary>Posts the page's form with <paramref name="action"/> (next, back, send, goto:N), the fields and files given.</summary>
    public async Task<HttpResponseMessage> PostAsync(string action, IEnumerable<KeyValuePair<string, string>>? fields = null, IEnumerable<(string Name, string FileName, byte[] Bytes)>? files = null, bool keepPage = true)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(HttpClientExtensions.ExtractAntiforgeryToken(Html)), "__RequestVerificationToken" },
            { new StringContent(State), "FormState" },
            { new StringContent(action), "FormAction" },
        };
        foreach (var (name, value) in fields ?? [])
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, fileName, bytes) in files ?? [])
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, name, fileName);
        }

        var response = await client.PostAsync(postUrl ?? url, content);
        Response = response;
        if (keepPage && response.StatusCode == HttpStatusCode.OK)
        {
            Html = await response.Content.ReadAsStringAsync();
        }

        return response;
    }

    public string State => WebUtility.HtmlDecode(StatePattern().Match(Html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("The page has no form state."));

    /// <summary>The page's text with tags removed and entities decoded, for assertions on what a reader sees.</summary>
    public string Text => TextOf(Html);

    /// <summary>A page's text with tags removed and entities decoded.</summary>
    public static string TextOf(string html) => SpacePattern().Replace(WebUtility.HtmlDecode(TagPattern().Replace(html, " ")), " ");

    [GeneratedRegex("name=\"FormState\" value=\"([^\"]+)\"")]
    private static partial Regex StatePattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();
}
