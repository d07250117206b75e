using Cms.Contents.Models;

namespace Cms.Forms.Services;

/// <summary>The answers of some steps validated and written into an item: the errors by input name, in form order, and each answer as shown.</summary>
public sealed record FormValidation(ContentItem Item, IReadOnlyList<KeyValuePair<string, string>> Errors, IReadOnlyDictionary<string, string> Summaries)
{
    public bool IsValid => Errors.Count == 0;
}
