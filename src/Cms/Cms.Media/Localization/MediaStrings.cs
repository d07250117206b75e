namespace Cms.Media.Localization;

/// <summary>Marker for the media library's strings: English keys, translations in MediaStrings.{culture}.resx.</summary>
public sealed class MediaStrings
{
    private MediaStrings()
    {
    }
}
