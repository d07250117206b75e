using Cms.Contents.Localization;
using Cms.Contents.Models;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields;

/// <summary>HtmlField: HTML typed or pasted by the editor, sanitized when saved.</summary>
public sealed class HtmlFieldDriver(IStringLocalizer<ContentStrings> T) : ContentFieldDriver<HtmlField>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Fields/HtmlField.cshtml";

    public override ValueTask<object?> EditAsync(HtmlField field, FieldContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Html", field.Html ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(HtmlField field, FieldContext context, CancellationToken cancellationToken)
    {
        var html = FieldDriverSupport.Sanitize(context.Form.Get(context.Name("Html"))).Trim();
        if (context.Settings<HtmlFieldSettings>().Required && FieldDriverSupport.TextOf(html).Length == 0)
        {
            context.AddError("Html", T["Fill in {0}.", context.Label]);
        }

        field.Html = html;
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(HtmlField field, FieldContext context, CancellationToken cancellationToken)
    {
        var html = FieldDriverSupport.Sanitize(field.Html ?? "");
        return new(new ContentDisplay(html, new HtmlString(html)));
    }
}
