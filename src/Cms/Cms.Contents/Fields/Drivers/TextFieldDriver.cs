using Cms.Contents.Localization;
using Cms.Contents.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields;

/// <summary>TextField: one line, or several with the "TextArea" editor.</summary>
public sealed class TextFieldDriver(IStringLocalizer<ContentStrings> T) : ContentFieldDriver<TextField>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Fields/TextField.cshtml";

    public override ValueTask<object?> EditAsync(TextField field, FieldContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Text", field.Text ?? (context.IsNew ? context.Settings<TextFieldSettings>().DefaultValue : null) ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(TextField field, FieldContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings<TextFieldSettings>();
        var text = context.Input("Text");
        if (settings.Required && text.Length == 0)
        {
            context.AddError("Text", T["Fill in {0}.", context.Label]);
        }
        else if (settings.MaxLength is { } max && text.Length > max)
        {
            context.AddError("Text", T["{0} can be at most {1} characters long; it is {2}.", context.Label, max, text.Length]);
        }

        field.Text = text;
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(TextField field, FieldContext context, CancellationToken cancellationToken) =>
        new(ContentDisplay.FromText(field.Text ?? ""));
}
