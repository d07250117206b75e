namespace Council.Grants.Localization;

/// <summary>Marker for the applicant's status page strings: English keys, translations in GrantReceiptStrings.{culture}.resx.</summary>
public sealed class GrantReceiptStrings
{
    private GrantReceiptStrings()
    {
    }
}
