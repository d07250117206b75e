namespace Cms.Contents.Parts;

/// <summary>What the localization editor offers: the site's languages and the item's existing translations.</summary>
public sealed record LocalizationEditorData(IReadOnlyList<string> Cultures, IReadOnlyList<Translation> Translations);
