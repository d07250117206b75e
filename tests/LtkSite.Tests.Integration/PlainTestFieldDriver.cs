using Cms.Contents.Fields;

namespace LtkSite.Tests.Integration;

/// <summary>A field type registered without a settings editor: its settings page offers the common settings only.</summary>
public sealed class PlainTestFieldDriver : ContentFieldDriver<PlainTestField>
{
    public const string Name = nameof(PlainTestField);

    public override string EditorView => "~/Areas/Admin/Views/Content/Fields/TextField.cshtml";

    public override ValueTask<object?> EditAsync(PlainTestField field, FieldContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Text", field.Text ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(PlainTestField field, FieldContext context, CancellationToken cancellationToken)
    {
        field.Text = context.Input("Text");
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(PlainTestField field, FieldContext context, CancellationToken cancellationToken) =>
        new(ContentDisplay.Empty);
}
