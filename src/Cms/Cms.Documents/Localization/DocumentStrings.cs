namespace Cms.Documents.Localization;

/// <summary>Marker for the document writer's strings: English keys, translations in DocumentStrings.{culture}.resx.</summary>
public sealed class DocumentStrings
{
    private DocumentStrings()
    {
    }
}
