using Cms.Contents.Fields;
using Cms.Contents.Localization;
using Cms.Contents.Models;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Parts;

/// <summary>HtmlBodyPart: the page's body as sanitized HTML.</summary>
public sealed class HtmlBodyPartDriver(IStringLocalizer<ContentStrings> T) : ContentPartDriver<HtmlBodyPart>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Parts/HtmlBodyPart.cshtml";

    public override ValueTask<object?> EditAsync(HtmlBodyPart part, PartContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Html", part.Html ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(HtmlBodyPart part, PartContext context, CancellationToken cancellationToken)
    {
        var html = FieldDriverSupport.Sanitize(context.Form.Get(context.Name("Html"))).Trim();
        if (context.Settings<BodyPartSettings>().Required && FieldDriverSupport.TextOf(html).Length == 0)
        {
            context.AddError("Html", T["Fill in the body text."]);
        }

        part.Html = html;
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(HtmlBodyPart part, PartContext context, CancellationToken cancellationToken)
    {
        var html = FieldDriverSupport.Sanitize(part.Html ?? "");
        return new(new ContentDisplay(html, new HtmlString(html)));
    }
}
