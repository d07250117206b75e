namespace Cms.Contents.Localization;

/// <summary>Marker for the recipe admin's strings: English keys, translations in RecipeStrings.{culture}.resx.</summary>
public sealed class RecipeStrings
{
    private RecipeStrings()
    {
    }
}
