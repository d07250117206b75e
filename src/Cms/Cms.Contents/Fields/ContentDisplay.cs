using Microsoft.AspNetCore.Html;

namespace Cms.Contents.Fields;

/// <summary>How a value looks outside the editor: as text (for the version comparison) and as HTML (for pages).</summary>
public sealed record ContentDisplay(string Text, IHtmlContent Html)
{
    public static ContentDisplay Empty { get; } = new("", HtmlString.Empty);

    public static ContentDisplay FromText(string text) => new(text, new HtmlContentBuilder().Append(text));
}
