namespace Cms.Contents.Parts;

/// <summary>MarkdownBodyPart's settings.</summary>
public sealed class MarkdownBodyPartSettingsEditor : BodyPartSettingsEditor
{
    public override string PartName => PartNames.MarkdownBody;
}
