using LtkSite.Testing;

namespace LtkSite.Tests.Integration;

/// <summary>The HTML checker the page tests rely on finds what it claims to find.</summary>
public sealed class HtmlValidatorTests
{
    private const string Valid = "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Side</title></head>"
        + "<body><main id=\"main\"><h1>Side</h1><label for=\"q\">Søg</label><input id=\"q\"></main></body></html>";

    [Fact]
    public void A_valid_page_has_no_problems() => Assert.Empty(HtmlValidator.Validate(Valid));

    [Theory]
    [InlineData("<p>a</div>", "parse error")]
    [InlineData("<p id=\"x\">a</p><p id=\"x\">b</p>", "id \"x\" is used 2 times")]
    [InlineData("<label for=\"nowhere\">Navn</label>", "is for \"nowhere\", which does not exist")]
    [InlineData("<a href=\"/a\"><button>Klik</button></a>", "<button> \"Klik\" is inside <a>")]
    [InlineData("<img src=\"/a.png\">", "has no alt")]
    [InlineData("<section aria-labelledby=\"missing\"></section>", "aria-labelledby \"missing\", which does not exist")]
    public void A_mistake_in_the_body_is_found(string body, string problem)
    {
        var html = Valid.Replace("<h1>Side</h1>", "<h1>Side</h1>" + body, StringComparison.Ordinal);

        Assert.Contains(HtmlValidator.Validate(html), p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_without_language_or_title_is_refused()
    {
        var problems = HtmlValidator.Validate(Valid.Replace(" lang=\"da\"", "", StringComparison.Ordinal).Replace("<title>Side</title>", "", StringComparison.Ordinal));

        Assert.Contains("<html> has no lang", problems);
        Assert.Contains("the page has no <title>", problems);
    }
}
