using Cms.Contents.Metadata;

namespace Cms.Contents.Fields.Settings;

/// <summary>
/// A field type with no settings beyond display name, hint, required and position: its view only explains how the
/// field behaves for editors, and it writes nothing of its own.
/// </summary>
public abstract class PlainFieldSettingsEditor<TSettings> : ContentFieldSettingsEditor<PlainFieldSettingsModel, TSettings>
    where TSettings : class, new()
{
    public override string View => $"~/Areas/Admin/Views/ContentTypes/FieldSettings/{FieldType}.cshtml";

    protected override PlainFieldSettingsModel Read(TSettings settings, ContentPartFieldDefinition field, ContentDefinition definition, PlainFieldSettingsModel model) => model;

    protected override void Write(PlainFieldSettingsModel model, TSettings settings, ContentPartFieldDefinition field)
    {
    }
}
