namespace Cms.Contents.Localization;

/// <summary>Marker for the public site's own strings (error pages, language switch): English keys, translations in SiteStrings.{culture}.resx.</summary>
public sealed class SiteStrings
{
    private SiteStrings()
    {
    }
}
