namespace Cms.Contents.Fields.Settings;

/// <summary>MarkdownField: text written in Markdown.</summary>
public sealed class MarkdownFieldSettingsEditor : PlainFieldSettingsEditor<MarkdownFieldSettings>
{
    public override string FieldType => FieldTypes.Markdown;
}
