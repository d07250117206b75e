using Cms.Contents.Localization;
using Cms.Contents.Models;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields;

/// <summary>MarkdownField: stored as Markdown, shown as sanitized HTML.</summary>
public sealed class MarkdownFieldDriver(IStringLocalizer<ContentStrings> T) : ContentFieldDriver<MarkdownField>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Fields/MarkdownField.cshtml";

    public override ValueTask<object?> EditAsync(MarkdownField field, FieldContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Markdown", field.Markdown ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(MarkdownField field, FieldContext context, CancellationToken cancellationToken)
    {
        var markdown = context.Input("Markdown");
        if (context.Settings<MarkdownFieldSettings>().Required && markdown.Length == 0)
        {
            context.AddError("Markdown", T["Fill in {0}.", context.Label]);
        }

        field.Markdown = markdown;
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(MarkdownField field, FieldContext context, CancellationToken cancellationToken)
    {
        var markdown = field.Markdown ?? "";
        return new(new ContentDisplay(markdown, new HtmlString(FieldDriverSupport.MarkdownToHtml(markdown))));
    }
}
