using Microsoft.Extensions.Primitives;

namespace Cms.Contents.Services;

/// <summary>A query string key a public page reads (e.g. a list's <c>page</c>), declared with <c>AddPublicQueryKey</c>.</summary>
public sealed record PublicQueryKey(string Name);

/// <summary>
/// The query keys public pages are cached by (<see cref="PublicPagePolicy"/>): only these tell one cached page from
/// another. A module whose public page reads a query value declares its key, or every value gets the same page.
/// </summary>
public sealed class PublicQueryKeys(IEnumerable<PublicQueryKey> keys)
{
    public StringValues Keys { get; } = new(keys.Select(k => k.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray());
}
