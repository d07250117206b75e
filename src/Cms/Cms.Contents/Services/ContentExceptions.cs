using Cms.Contents.Handlers;
using Cms.Contents.Models;

namespace Cms.Contents.Services;

/// <summary>Someone else saved the item after the caller loaded it; nothing was saved.</summary>
public sealed class ContentConcurrencyException(ContentItem theirs)
    : Exception($"Content item '{theirs.ContentItemId}' was saved by {theirs.Author} in the meantime.")
{
    /// <summary>The version that is now the latest (the other editor's).</summary>
    public ContentItem Theirs { get; } = theirs;
}

/// <summary>The item's data is not valid (handlers found problems); nothing was saved.</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentValidationError> errors)
    : Exception(string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<ContentValidationError> Errors { get; } = errors;
}
