using Cms.Contents.Localization;
using Cms.Contents.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields;

/// <summary>ChoiceField: one option (radio buttons) or several (checkboxes) of the field's list.</summary>
public sealed class ChoiceFieldDriver(IStringLocalizer<ContentStrings> T) : ContentFieldDriver<ChoiceField>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Fields/ChoiceField.cshtml";

    public override ValueTask<object?> EditAsync(ChoiceField field, FieldContext context, CancellationToken cancellationToken)
    {
        var values = field.Values;
        if (values.Count == 0 && context.IsNew && context.Settings<ChoiceFieldSettings>().DefaultValue is { Length: > 0 } fallback)
        {
            values = [fallback];
        }

        context.SetInput("Values", values.ToArray());
        return default;
    }

    public override ValueTask UpdateAsync(ChoiceField field, FieldContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings<ChoiceFieldSettings>();
        var chosen = context.Inputs("Values").Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Any(v => settings.Options.All(o => o.Value != v)))
        {
            context.AddError("Values", T["Choose {0} from the list.", context.Label]);
            chosen = chosen.Where(v => settings.Options.Any(o => o.Value == v)).ToList();
        }
        else if (!settings.Multiple && chosen.Count > 1)
        {
            context.AddError("Values", T["Choose only one option for {0}.", context.Label]);
        }
        else if (settings.Required && chosen.Count == 0)
        {
            context.AddError("Values", T["Choose {0}.", context.Label]);
        }

        field.Values = chosen;
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(ChoiceField field, FieldContext context, CancellationToken cancellationToken)
    {
        var options = context.Settings<ChoiceFieldSettings>().Options;
        var names = field.Values.Select(v => options.FirstOrDefault(o => o.Value == v)?.Name ?? v);
        return new(ContentDisplay.FromText(string.Join(", ", names)));
    }
}
