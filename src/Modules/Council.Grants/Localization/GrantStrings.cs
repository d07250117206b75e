namespace Council.Grants.Localization;

/// <summary>Marker for the grant module's strings: English keys, translations in GrantStrings.{culture}.resx.</summary>
public sealed class GrantStrings
{
    private GrantStrings()
    {
    }
}
