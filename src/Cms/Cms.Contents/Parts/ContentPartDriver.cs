using Cms.Contents.Drivers;
using Cms.Contents.Fields;
using Cms.Contents.Models;

namespace Cms.Contents.Parts;

/// <summary>
/// A part driver over the part's typed model (Orchard's <c>ContentPartDisplayDriver&lt;TPart&gt;</c>): each step gets
/// the part as stored (an empty one when the item has none), and what <see cref="UpdateAsync"/> changes on it is
/// written back into the item's part object, keeping whatever else that object holds (the fields of a type's own part).
/// </summary>
public abstract class ContentPartDriver<TPart> : IContentPartDriver
    where TPart : ContentPart, new()
{
    /// <summary>The part's name in definitions: the model's class name unless a driver says otherwise.</summary>
    public virtual string PartName => typeof(TPart).Name;

    public abstract string EditorView { get; }

    /// <summary>Fills the editor's inputs from <paramref name="part"/> (see <see cref="ContentElementContext.SetInput"/>) and returns the editor's data.</summary>
    public virtual ValueTask<object?> EditAsync(TPart part, PartContext context, CancellationToken cancellationToken) => default;

    /// <summary>Reads and validates the posted inputs into <paramref name="part"/>; problems go to <see cref="ContentElementContext.AddError"/>.</summary>
    public virtual ValueTask UpdateAsync(TPart part, PartContext context, CancellationToken cancellationToken) => default;

    public virtual ValueTask<ContentDisplay?> DisplayAsync(TPart part, PartContext context, CancellationToken cancellationToken) => default;

    ValueTask<object?> IContentElementDriver.EditAsync(ContentElementContext context, CancellationToken cancellationToken) =>
        EditAsync(Read(context), (PartContext)context, cancellationToken);

    async ValueTask IContentElementDriver.UpdateAsync(ContentElementContext context, CancellationToken cancellationToken)
    {
        var part = Read(context);
        await UpdateAsync(part, (PartContext)context, cancellationToken);
        // A part with nothing set (ListPart) leaves an item without its object as it is.
        ContentItemPartExtensions.Write(part, context.Json, () => context.Item.Part(context.Prefix), writeNulls: false);
    }

    ValueTask<ContentDisplay?> IContentElementDriver.DisplayAsync(ContentElementContext context, CancellationToken cancellationToken) =>
        DisplayAsync(Read(context), (PartContext)context, cancellationToken);

    private static TPart Read(ContentElementContext context) => ContentItemPartExtensions.Read<TPart>(context.Json);
}
