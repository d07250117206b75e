namespace Council.Meetings.Localization;

/// <summary>Marker for the meetings module's strings: English keys, translations in MeetingStrings.{culture}.resx.</summary>
public sealed class MeetingStrings
{
    private MeetingStrings()
    {
    }
}
