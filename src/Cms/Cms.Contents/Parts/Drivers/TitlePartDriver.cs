using Cms.Contents.Fields;
using Cms.Contents.Localization;
using Cms.Contents.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Parts;

/// <summary>TitlePart: the title, which is also the item's name in lists.</summary>
public sealed class TitlePartDriver(IStringLocalizer<ContentStrings> T) : ContentPartDriver<TitlePart>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Parts/TitlePart.cshtml";

    public override ValueTask<object?> EditAsync(TitlePart part, PartContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Title", part.Title ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(TitlePart part, PartContext context, CancellationToken cancellationToken)
    {
        var title = context.Input("Title");
        if (title.Length == 0)
        {
            context.AddError("Title", T["Fill in the title."]);
        }
        else if (title.Length > 500)
        {
            context.AddError("Title", T["The title can be at most {0} characters long.", 500]);
        }

        part.Title = title;
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(TitlePart part, PartContext context, CancellationToken cancellationToken) =>
        new(ContentDisplay.FromText(part.Title ?? ""));
}
