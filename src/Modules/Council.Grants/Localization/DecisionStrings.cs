namespace Council.Grants.Localization;

/// <summary>Marker for the decision, ledger and granted-projects strings: English keys, translations in DecisionStrings.{culture}.resx.</summary>
public sealed class DecisionStrings
{
    private DecisionStrings()
    {
    }
}
