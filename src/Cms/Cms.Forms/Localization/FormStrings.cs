namespace Cms.Forms.Localization;

/// <summary>Marker for the forms' strings: English keys, translations in FormStrings.{culture}.resx.</summary>
public sealed class FormStrings
{
    private FormStrings()
    {
    }
}
