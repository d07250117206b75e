using Cms.Contents.Models;
using Cms.Documents;
using Cms.Core.Localization;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Services;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Bundle;

/// <summary>
/// An application's case as one document for the municipality's case system: its key facts, then every
/// <see cref="IGrantCaseBundleSection"/> in order (decision 0049).
/// </summary>
public sealed class GrantCaseBundle(IEnumerable<IGrantCaseBundleSection> sections, GrantStatusTexts statusTexts, SiteTimeZone siteTime, IStringLocalizer<GrantStrings> T)
{
    public async Task<TextDocument> BuildAsync(ContentItem application, DateTime bundledUtc, string language, CancellationToken cancellationToken)
    {
        var part = application.As<GrantApplicationPart>();
        var reference = GrantApplicationFields.Reference(application);
        var title = reference is null ? T["Case bundle: {0}", application.DisplayText].Value : T["Case bundle {0}: {1}", reference, application.DisplayText].Value;
        var bundle = new TextDocument(title, language) { Author = T["The Integration Council, Lyngby-Taarbæk Kommune"] }
            .Heading(1, title)
            .Facts(
            [
                new(T["Reference"], reference ?? "–"),
                new(T["Project"], application.DisplayText),
                new(T["Status"], statusTexts.Label(part.Status)),
                new(T["Submitted"], siteTime.FormatDateTime(part.SubmittedUtc ?? application.CreatedUtc)),
                new(T["Bundled"], siteTime.FormatDateTime(bundledUtc)),
            ]);
        foreach (var section in sections.OrderBy(s => s.Order))
        {
            await section.AddToAsync(application, bundle, cancellationToken);
        }

        return bundle;
    }
}
