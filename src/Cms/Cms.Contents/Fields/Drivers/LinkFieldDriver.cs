using Cms.Contents.Localization;
using Cms.Contents.Models;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields;

/// <summary>LinkField: an address (http(s) or a path on the site) and the link's text.</summary>
public sealed class LinkFieldDriver(IStringLocalizer<ContentStrings> T) : ContentFieldDriver<LinkField>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Fields/LinkField.cshtml";

    public override ValueTask<object?> EditAsync(LinkField field, FieldContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings<LinkFieldSettings>();
        context.SetInput("Url", field.Url ?? (context.IsNew ? settings.DefaultUrl : null) ?? "");
        context.SetInput("Text", field.Text ?? (context.IsNew ? settings.DefaultText : null) ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(LinkField field, FieldContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings<LinkFieldSettings>();
        var url = context.Input("Url");
        var text = context.Input("Text");
        if (url.Length == 0)
        {
            if (settings.Required || text.Length > 0)
            {
                context.AddError("Url", T["Fill in the address of {0}.", context.Label]);
            }
        }
        else if (!FieldDriverSupport.IsAllowedUrl(url))
        {
            context.AddError("Url", T["The address of {0} must start with https://, http:// or / (a page on this site).", context.Label]);
        }

        if (settings.RequireText && text.Length == 0 && (url.Length > 0 || settings.Required))
        {
            context.AddError("Text", T["Fill in the text of {0}.", context.Label]);
        }

        field.Url = url;
        field.Text = text;
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(LinkField field, FieldContext context, CancellationToken cancellationToken)
    {
        if (field.Url is not { Length: > 0 } url || !FieldDriverSupport.IsAllowedUrl(url))
        {
            return new(ContentDisplay.Empty);
        }

        var text = field.Text is { Length: > 0 } t ? t : url;
        var html = new HtmlContentBuilder().AppendHtml("<a href=\"").Append(url).AppendHtml("\">").Append(text).AppendHtml("</a>");
        return new(new ContentDisplay(text == url ? url : $"{text} ({url})", html));
    }
}
