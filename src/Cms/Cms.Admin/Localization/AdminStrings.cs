namespace Cms.Admin.Localization;

/// <summary>Marker for the admin area's strings: English keys, translations in AdminStrings.{culture}.resx.</summary>
public sealed class AdminStrings
{
    private AdminStrings()
    {
    }
}
