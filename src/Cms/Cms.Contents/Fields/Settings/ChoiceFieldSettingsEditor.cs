using Cms.Contents.Localization;
using Cms.Contents.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields.Settings;

/// <summary>ChoiceField: the options (at least one, values unique), one or several choices, and the default.</summary>
public sealed class ChoiceFieldSettingsEditor(IStringLocalizer<ContentTypeStrings> T) : ContentFieldSettingsEditor<ChoiceFieldSettingsModel, ChoiceFieldSettings>
{
    public override string FieldType => FieldTypes.Choice;

    public override string View => "~/Areas/Admin/Views/ContentTypes/FieldSettings/ChoiceField.cshtml";

    public override IReadOnlyList<string> Inputs => [nameof(ChoiceFieldSettingsModel.Options), nameof(ChoiceFieldSettingsModel.DefaultValue)];

    protected override ChoiceFieldSettingsModel Read(ChoiceFieldSettings settings, ContentPartFieldDefinition field, ContentDefinition definition, ChoiceFieldSettingsModel model)
    {
        model.Options = string.Join("\n", settings.Options.Select(o => o.Name == o.Value ? o.Value : $"{o.Name}|{o.Value}"));
        model.Multiple = settings.Multiple;
        model.DefaultValue = settings.DefaultValue;
        return model;
    }

    protected override void Validate(ChoiceFieldSettingsModel model, ContentDefinition definition, ModelStateDictionary errors)
    {
        var options = Parse(model.Options);
        foreach (var line in options.Where(o => o.Option.Name.Length == 0 || o.Option.Value.Length == 0).Select(o => o.Line))
        {
            errors.AddModelError(nameof(model.Options), T["The line \"{0}\" needs both a name and a value: write Name|value or just the value.", line]);
        }

        if (options.Count == 0)
        {
            errors.AddModelError(nameof(model.Options), T["Enter at least one option, one a line."]);
        }
        else if (options.GroupBy(o => o.Option.Value, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            errors.AddModelError(nameof(model.Options), T["The value {0} is given twice.", duplicate.Key]);
        }

        if (SettingsInput.Trimmed(model.DefaultValue) is { } value && !options.Any(o => o.Option.Value == value))
        {
            errors.AddModelError(nameof(model.DefaultValue), T["The default {0} is not one of the options' values.", value]);
        }
    }

    protected override void Write(ChoiceFieldSettingsModel model, ChoiceFieldSettings settings, ContentPartFieldDefinition field)
    {
        settings.Options = Parse(model.Options).Select(o => o.Option).ToList();
        settings.Multiple = model.Multiple;
        settings.DefaultValue = SettingsInput.Trimmed(model.DefaultValue);
    }

    private static List<(string Line, ChoiceOption Option)> Parse(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => (line, line.IndexOf('|', StringComparison.Ordinal) is var bar && bar < 0
                ? new ChoiceOption { Name = line, Value = line }
                : new ChoiceOption { Name = line[..bar].Trim(), Value = line[(bar + 1)..].Trim() }))
            .ToList();
}
