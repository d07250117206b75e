namespace Cms.Contents.Fields.Settings;

/// <summary>HtmlField: formatted text, always cleaned of scripts and unsafe markup when saved.</summary>
public sealed class HtmlFieldSettingsEditor : PlainFieldSettingsEditor<HtmlFieldSettings>
{
    public override string FieldType => FieldTypes.Html;
}
