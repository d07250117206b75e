using Cms.Contents.Fields;
using Cms.Contents.Models;

namespace Cms.Contents.Parts;

/// <summary>AutoroutePart: the item's address; empty means "make one from the title".</summary>
public sealed class AutoroutePartDriver : ContentPartDriver<AutoroutePart>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Parts/AutoroutePart.cshtml";

    /// <summary>The editor's data is the stored path, which the hint shows.</summary>
    public override ValueTask<object?> EditAsync(AutoroutePart part, PartContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Path", part.Path ?? "");
        return new(part.Path);
    }

    public override ValueTask UpdateAsync(AutoroutePart part, PartContext context, CancellationToken cancellationToken)
    {
        // The part handler normalizes, checks and makes the path unique when the item is saved.
        part.Path = context.Settings<AutoroutePartSettings>().AllowCustomPath ? context.Input("Path").Trim('/') : "";
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(AutoroutePart part, PartContext context, CancellationToken cancellationToken) =>
        new(part.Path is { Length: > 0 } path ? ContentDisplay.FromText("/" + path) : null);
}
