namespace Cms.Templates.Localization;

/// <summary>Marker for the templates admin's strings: English keys, translations in TemplateStrings.{culture}.resx.</summary>
public sealed class TemplateStrings
{
    private TemplateStrings()
    {
    }
}
