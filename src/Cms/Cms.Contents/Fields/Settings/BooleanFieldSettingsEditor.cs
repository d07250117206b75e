using Cms.Contents.Metadata;

namespace Cms.Contents.Fields.Settings;

/// <summary>BooleanField: the text beside the checkbox and whether new items start ticked. A checkbox is never required.</summary>
public sealed class BooleanFieldSettingsEditor : ContentFieldSettingsEditor<BooleanFieldSettingsModel, BooleanFieldSettings>
{
    public override string FieldType => FieldTypes.Boolean;

    public override string View => "~/Areas/Admin/Views/ContentTypes/FieldSettings/BooleanField.cshtml";

    public override IReadOnlyList<string> Inputs => [nameof(BooleanFieldSettingsModel.Label)];

    public override bool HasRequired => false;

    protected override BooleanFieldSettingsModel Read(BooleanFieldSettings settings, ContentPartFieldDefinition field, ContentDefinition definition, BooleanFieldSettingsModel model)
    {
        model.Label = settings.Label;
        model.DefaultValue = settings.DefaultValue;
        return model;
    }

    protected override void Write(BooleanFieldSettingsModel model, BooleanFieldSettings settings, ContentPartFieldDefinition field)
    {
        settings.Label = SettingsInput.Trimmed(model.Label);
        settings.DefaultValue = model.DefaultValue;
    }
}
