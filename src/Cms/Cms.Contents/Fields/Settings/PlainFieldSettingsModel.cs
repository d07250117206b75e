namespace Cms.Contents.Fields.Settings;

/// <summary>The model of a field type whose settings are only those every field has.</summary>
public sealed class PlainFieldSettingsModel;
