namespace Council.Prize.Localization;

/// <summary>Marker for the prize's strings: English keys, translations in PrizeStrings.{culture}.resx.</summary>
public sealed class PrizeStrings
{
    private PrizeStrings()
    {
    }
}
