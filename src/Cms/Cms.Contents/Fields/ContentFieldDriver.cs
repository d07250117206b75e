using Cms.Contents.Drivers;
using Cms.Contents.Models;

namespace Cms.Contents.Fields;

/// <summary>
/// A field driver over the field's typed model (Orchard's <c>ContentFieldDisplayDriver&lt;TField&gt;</c>): each step
/// gets the field as stored (an empty one when the item has none), and what <see cref="UpdateAsync"/> sets on it is
/// written back as the field's object, every property included (an empty value is stored as null).
/// </summary>
public abstract class ContentFieldDriver<TField> : IContentFieldDriver
    where TField : ContentField, new()
{
    /// <summary>The field type: the model's class name unless a driver says otherwise.</summary>
    public virtual string FieldType => typeof(TField).Name;

    public abstract string EditorView { get; }

    /// <summary>Fills the editor's inputs from <paramref name="field"/> (see <see cref="ContentElementContext.SetInput"/>) and returns the editor's data.</summary>
    public virtual ValueTask<object?> EditAsync(TField field, FieldContext context, CancellationToken cancellationToken) => default;

    /// <summary>Reads and validates the posted inputs into <paramref name="field"/>; problems go to <see cref="ContentElementContext.AddError"/>.</summary>
    public abstract ValueTask UpdateAsync(TField field, FieldContext context, CancellationToken cancellationToken);

    public abstract ValueTask<ContentDisplay?> DisplayAsync(TField field, FieldContext context, CancellationToken cancellationToken);

    ValueTask<object?> IContentElementDriver.EditAsync(ContentElementContext context, CancellationToken cancellationToken) =>
        EditAsync(Read(context), (FieldContext)context, cancellationToken);

    async ValueTask IContentElementDriver.UpdateAsync(ContentElementContext context, CancellationToken cancellationToken)
    {
        var field = Read(context);
        await UpdateAsync(field, (FieldContext)context, cancellationToken);
        var fieldContext = (FieldContext)context;
        ContentItemPartExtensions.Write(field, context.Json, () => NewObject(fieldContext), writeNulls: true);
    }

    ValueTask<ContentDisplay?> IContentElementDriver.DisplayAsync(ContentElementContext context, CancellationToken cancellationToken) =>
        DisplayAsync(Read(context), (FieldContext)context, cancellationToken);

    private static TField Read(ContentElementContext context) => ContentItemPartExtensions.Read<TField>(context.Json);

    private static System.Text.Json.Nodes.JsonObject NewObject(FieldContext context)
    {
        var json = new System.Text.Json.Nodes.JsonObject();
        context.Item.Part(context.PartName)[context.Definition.Name] = json;
        return json;
    }
}
