using Cms.Contents.Models;
using Cms.Core.Localization;
using Cms.Documents;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Services;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Bundle;

/// <summary>The screening: each status the case had and when, and what the secretariat asked and the applicant answered.</summary>
public sealed class ScreeningSection(GrantStatusTexts statusTexts, SiteTimeZone siteTime, IStringLocalizer<GrantStrings> T) : IGrantCaseBundleSection
{
    public int Order => 300;

    public Task AddToAsync(ContentItem application, TextDocument bundle, CancellationToken cancellationToken)
    {
        var part = application.As<GrantApplicationPart>();
        bundle.Heading(2, T["Screening"]).Heading(3, T["Status history"]);
        bundle = part.StatusChanges.Count > 0
            ? bundle.Table(new DocumentTable(null, [T["When"], T["Status"]], [.. part.StatusChanges.Select(c => (IReadOnlyList<string>)[siteTime.FormatDateTime(c.AtUtc), statusTexts.Label(c.Status)])]))
            : bundle.Paragraph(T["No status changes are recorded yet."]);
        bundle.Heading(3, T["Information asked for"]);
        if (part.Information.Count == 0)
        {
            bundle.Paragraph(T["The secretariat asked for no further information."]);
        }

        foreach (var request in part.Information)
        {
            bundle.Facts(
            [
                new(T["Asked"], siteTime.FormatDateTime(request.AskedUtc)),
                new(T["Question"], request.Question),
                new(T["Answered"], request.AnsweredUtc is { } answered ? siteTime.FormatDateTime(answered) : T["Not answered"]),
                .. request.Answer is { Length: > 0 } answer ? [new DocumentFact(T["The applicant's answer"], answer)] : Array.Empty<DocumentFact>(),
            ]);
        }

        return Task.CompletedTask;
    }
}
