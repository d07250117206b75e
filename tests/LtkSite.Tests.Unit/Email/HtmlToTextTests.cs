using Cms.Email.Services;

namespace LtkSite.Tests.Unit.Email;

/// <summary>The text part a reader without HTML gets: the same words, paragraphs and list items on their own lines, links kept.</summary>
public sealed class HtmlToTextTests
{
    [Fact]
    public void Paragraphs_headings_lists_and_line_breaks_become_lines_and_entities_their_characters()
    {
        var text = HtmlToText.Convert("<h1>Tilskud &amp; pris</h1><p>Kære ansøger,<br>tak for din ansøgning.</p><ul><li>Budget</li><li>Tidsplan</li></ul><p>Venlig hilsen<br>Integrationsrådet</p>");

        Assert.Equal("Tilskud & pris\n\nKære ansøger,\ntak for din ansøgning.\n\n- Budget\n- Tidsplan\n\nVenlig hilsen\nIntegrationsrådet", text);
    }

    [Fact]
    public void A_link_keeps_its_address_and_scripts_and_styles_are_left_out()
    {
        var text = HtmlToText.Convert("<style>p { color: red }</style><p>Se <a href=\"https://ltk.dk/admin/content/4/edit\">ansøgningen</a> eller skriv til <a href=\"mailto:sekretariat@ltk.dk\">sekretariatet</a>.</p><script>alert(1)</script>");

        Assert.Equal("Se ansøgningen (https://ltk.dk/admin/content/4/edit) eller skriv til sekretariatet (sekretariat@ltk.dk).", text);
    }

    [Fact]
    public void Runs_of_spaces_collapse_as_a_browser_shows_them()
    {
        Assert.Equal("Mødet er 25.11.2026 kl. 17.00", HtmlToText.Convert("  Mødet   er\n 25.11.2026&nbsp;kl.&nbsp;17.00 "));
    }
}
