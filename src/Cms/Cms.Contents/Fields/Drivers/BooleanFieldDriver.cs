using Cms.Contents.Localization;
using Cms.Contents.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields;

/// <summary>BooleanField: a checkbox.</summary>
public sealed class BooleanFieldDriver(IStringLocalizer<ContentStrings> T) : ContentFieldDriver<BooleanField>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Fields/BooleanField.cshtml";

    public override ValueTask<object?> EditAsync(BooleanField field, FieldContext context, CancellationToken cancellationToken)
    {
        var on = field.Value ?? (context.IsNew && context.Settings<BooleanFieldSettings>().DefaultValue);
        context.SetInput("Value", on ? "true" : "");
        return default;
    }

    public override ValueTask UpdateAsync(BooleanField field, FieldContext context, CancellationToken cancellationToken)
    {
        field.Value = context.Inputs("Value").Contains("true");
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(BooleanField field, FieldContext context, CancellationToken cancellationToken) =>
        new(ContentDisplay.FromText(field.Value == true ? T["Yes"] : T["No"]));
}
