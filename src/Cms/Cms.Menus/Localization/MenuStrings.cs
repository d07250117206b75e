namespace Cms.Menus.Localization;

/// <summary>Marker for the menus' strings: English keys, translations in MenuStrings.{culture}.resx.</summary>
public sealed class MenuStrings
{
    private MenuStrings()
    {
    }
}
