namespace LtkTheme.Localization;

/// <summary>Marker for the public layout's strings: English keys, translations in ThemeStrings.{culture}.resx.</summary>
public sealed class ThemeStrings
{
    private ThemeStrings()
    {
    }
}
