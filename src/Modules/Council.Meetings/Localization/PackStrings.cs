namespace Council.Meetings.Localization;

/// <summary>Marker for the agenda packs' strings: English keys, translations in PackStrings.{culture}.resx.</summary>
public sealed class PackStrings
{
    private PackStrings()
    {
    }
}
