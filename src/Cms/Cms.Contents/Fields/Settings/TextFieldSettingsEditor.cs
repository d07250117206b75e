using Cms.Contents.Localization;
using Cms.Contents.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields.Settings;

/// <summary>TextField: one line or several, and an optional maximum length.</summary>
public sealed class TextFieldSettingsEditor(IStringLocalizer<ContentTypeStrings> T) : ContentFieldSettingsEditor<TextFieldSettingsModel, TextFieldSettings>
{
    public const string Standard = "Standard";
    public const string TextArea = "TextArea";

    public override string FieldType => FieldTypes.Text;

    public override string View => "~/Areas/Admin/Views/ContentTypes/FieldSettings/TextField.cshtml";

    public override IReadOnlyList<string> Inputs => [nameof(TextFieldSettingsModel.Editor), nameof(TextFieldSettingsModel.MaxLength)];

    protected override TextFieldSettingsModel Read(TextFieldSettings settings, ContentPartFieldDefinition field, ContentDefinition definition, TextFieldSettingsModel model)
    {
        model.Editor = field.FieldSettings.Editor == TextArea ? TextArea : Standard;
        model.MaxLength = SettingsInput.Format(settings.MaxLength);
        return model;
    }

    protected override void Validate(TextFieldSettingsModel model, ContentDefinition definition, ModelStateDictionary errors)
    {
        if (model.Editor is not (Standard or TextArea))
        {
            errors.AddModelError(nameof(model.Editor), T["Choose an editor."]);
        }

        if (!SettingsInput.TryParseOptionalInt(model.MaxLength, 1, 1_000_000, out _))
        {
            errors.AddModelError(nameof(model.MaxLength), T["Enter the maximum length as a whole number of at least 1, or leave it empty."]);
        }
    }

    protected override void Write(TextFieldSettingsModel model, TextFieldSettings settings, ContentPartFieldDefinition field)
    {
        settings.MaxLength = SettingsInput.OptionalInt(model.MaxLength);
        var common = field.FieldSettings;
        common.Editor = model.Editor == TextArea ? TextArea : null;
        field.Settings.SetSettings(common);
    }
}
