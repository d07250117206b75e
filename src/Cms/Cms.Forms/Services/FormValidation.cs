using Cms.Contents.Models;

namespace Cms.Forms.Services;

/// <summary>
/// The answers of some steps validated and written into an item: the errors by input name, in form order, each
/// answer as shown, and the warnings that do not stop the form (<see cref="IFormCheck"/>).
/// </summary>
public sealed record FormValidation(ContentItem Item, IReadOnlyList<KeyValuePair<string, string>> Errors, IReadOnlyDictionary<string, string> Summaries, IReadOnlyList<string> Warnings)
{
    public bool IsValid => Errors.Count == 0;
}
