namespace Cms.Contents.Parts;

/// <summary>HtmlBodyPart's settings.</summary>
public sealed class HtmlBodyPartSettingsEditor : BodyPartSettingsEditor
{
    public override string PartName => PartNames.HtmlBody;
}
