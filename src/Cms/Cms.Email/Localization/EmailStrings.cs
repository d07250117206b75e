namespace Cms.Email.Localization;

/// <summary>Marker for the e-mail module's strings: English keys, translations in EmailStrings.{culture}.resx.</summary>
public sealed class EmailStrings
{
    private EmailStrings()
    {
    }
}
