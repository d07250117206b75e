namespace Cms.Contents.Localization;

/// <summary>Marker for the strings of the content type and audit trail admin pages: English keys, translations in ContentTypeStrings.{culture}.resx.</summary>
public sealed class ContentTypeStrings
{
    private ContentTypeStrings()
    {
    }
}
