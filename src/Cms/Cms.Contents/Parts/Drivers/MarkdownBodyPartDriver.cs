using Cms.Contents.Fields;
using Cms.Contents.Localization;
using Cms.Contents.Models;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Parts;

/// <summary>MarkdownBodyPart: the page's body in Markdown, shown as sanitized HTML.</summary>
public sealed class MarkdownBodyPartDriver(IStringLocalizer<ContentStrings> T) : ContentPartDriver<MarkdownBodyPart>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Parts/MarkdownBodyPart.cshtml";

    public override ValueTask<object?> EditAsync(MarkdownBodyPart part, PartContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Markdown", part.Markdown ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(MarkdownBodyPart part, PartContext context, CancellationToken cancellationToken)
    {
        var markdown = context.Input("Markdown");
        if (context.Settings<BodyPartSettings>().Required && markdown.Length == 0)
        {
            context.AddError("Markdown", T["Fill in the body text."]);
        }

        part.Markdown = markdown;
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(MarkdownBodyPart part, PartContext context, CancellationToken cancellationToken)
    {
        var markdown = part.Markdown ?? "";
        return new(new ContentDisplay(markdown, new HtmlString(FieldDriverSupport.MarkdownToHtml(markdown))));
    }
}
