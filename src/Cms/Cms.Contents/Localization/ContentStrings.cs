namespace Cms.Contents.Localization;

/// <summary>Marker for the content module's strings: English keys, translations in ContentStrings.{culture}.resx.</summary>
public sealed class ContentStrings
{
    private ContentStrings()
    {
    }
}
