using Cms.Contents.Models;
using Cms.Contents.Services;

namespace Cms.Forms.Services;

/// <summary>The published privacy notice a form links to (by its alias), in the page's language when there is a translation.</summary>
public sealed record PrivacyNoticeLink(string Title, string Url)
{
    public static async Task<PrivacyNoticeLink?> FindAsync(string? alias, string culture, PublishedContentStore store, ContentRoutes routes, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(alias))
        {
            return null;
        }

        var snapshot = await store.GetAsync(cancellationToken);
        var matches = snapshot.Items.Values
            .Where(i => string.Equals(i.ToContentItem().As<AliasPart>().Alias, alias, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        // A translation of the notice in the page's language, else the notice itself.
        var set = matches[0].LocalizationSet;
        var candidates = set is { Length: > 0 } ? snapshot.InSet(set).Concat(matches) : matches;
        var chosen = candidates.FirstOrDefault(i => string.Equals(i.Culture, culture, StringComparison.OrdinalIgnoreCase)) ?? matches[0];
        var addresses = await routes.AddressesAsync([chosen.ContentItemId], culture, cancellationToken);
        return addresses.TryGetValue(chosen.ContentItemId, out var route) ? new PrivacyNoticeLink(chosen.DisplayText, route.Url) : null;
    }
}
