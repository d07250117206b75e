using Cms.Contents.Localization;
using Cms.Contents.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields.Settings;

/// <summary>NumericField: the range, the number of decimals, the thousands separator and a placeholder.</summary>
public sealed class NumericFieldSettingsEditor(IStringLocalizer<ContentTypeStrings> T) : ContentFieldSettingsEditor<NumericFieldSettingsModel, NumericFieldSettings>
{
    private const int MaxScale = 10;

    public override string FieldType => FieldTypes.Numeric;

    public override string View => "~/Areas/Admin/Views/ContentTypes/FieldSettings/NumericField.cshtml";

    public override IReadOnlyList<string> Inputs =>
        [nameof(NumericFieldSettingsModel.Minimum), nameof(NumericFieldSettingsModel.Maximum), nameof(NumericFieldSettingsModel.Scale), nameof(NumericFieldSettingsModel.Placeholder)];

    protected override NumericFieldSettingsModel Read(NumericFieldSettings settings, ContentPartFieldDefinition field, ContentDefinition definition, NumericFieldSettingsModel model)
    {
        model.Minimum = SettingsInput.Format(settings.Minimum);
        model.Maximum = SettingsInput.Format(settings.Maximum);
        model.Scale = SettingsInput.Format(settings.Scale);
        model.ThousandsSeparator = settings.ThousandsSeparator;
        model.Placeholder = settings.Placeholder;
        return model;
    }

    protected override void Validate(NumericFieldSettingsModel model, ContentDefinition definition, ModelStateDictionary errors)
    {
        var minimumRead = SettingsInput.TryParseOptionalDecimal(model.Minimum, out var minimum);
        var maximumRead = SettingsInput.TryParseOptionalDecimal(model.Maximum, out var maximum);
        if (!minimumRead)
        {
            errors.AddModelError(nameof(model.Minimum), T["Enter the minimum as a number, or leave it empty."]);
        }

        if (!maximumRead)
        {
            errors.AddModelError(nameof(model.Maximum), T["Enter the maximum as a number, or leave it empty."]);
        }
        else if (minimum is not null && maximum is not null && minimum > maximum)
        {
            errors.AddModelError(nameof(model.Maximum), T["The maximum must be at least the minimum."]);
        }

        if (!SettingsInput.TryParseOptionalInt(model.Scale, 0, MaxScale, out _))
        {
            errors.AddModelError(nameof(model.Scale), T["Enter the number of decimals as a whole number from 0 to 10."]);
        }
    }

    protected override void Write(NumericFieldSettingsModel model, NumericFieldSettings settings, ContentPartFieldDefinition field)
    {
        settings.Minimum = SettingsInput.OptionalDecimal(model.Minimum);
        settings.Maximum = SettingsInput.OptionalDecimal(model.Maximum);
        settings.Scale = SettingsInput.OptionalInt(model.Scale) ?? 0;
        settings.ThousandsSeparator = model.ThousandsSeparator;
        settings.Placeholder = SettingsInput.Trimmed(model.Placeholder);
    }
}
