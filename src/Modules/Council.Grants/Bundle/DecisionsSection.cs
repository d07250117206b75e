using System.Globalization;
using Cms.Contents.Models;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Documents;
using Council.Grants.Agenda;
using Council.Grants.Data;
using Council.Grants.Decisions;
using Council.Grants.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Bundle;

/// <summary>Every decision on the case, oldest first, with its reasons (forvaltningsloven §§ 22–24): the one last is in force.</summary>
public sealed class DecisionsSection(LtkDbContext db, GrantAgendaItemSource agenda, SiteTimeZone siteTime, GrantCriteria criteria, IStringLocalizer<GrantStrings> T) : IGrantCaseBundleSection
{
    public int Order => 400;

    public async Task AddToAsync(ContentItem application, TextDocument bundle, CancellationToken cancellationToken)
    {
        var decisions = await db.Set<GrantDecision>().AsNoTracking()
            .Where(d => d.ContentItemId == application.ContentItemId)
            .OrderBy(d => d.DecidedUtc).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);
        bundle.Heading(2, T["Decisions"]);
        if (decisions.Count == 0)
        {
            bundle.Paragraph(T["The council has not decided on the application yet."]);
        }

        foreach (var decision in decisions)
        {
            var facts = new List<DocumentFact>
            {
                new(T["Decision"], agenda.DecisionText(decision)),
                new(T["Decided"], $"{siteTime.FormatDateTime(decision.DecidedUtc)} ({decision.DecidedBy})"),
                new(T["Pool year"], decision.PoolYear.ToString(CultureInfo.InvariantCulture)),
            };
            void Add(string label, string text)
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    facts.Add(new DocumentFact(label, text.Trim()));
                }
            }

            Add(T["Criteria not met"], string.Join("\n", decision.CriteriaNotMet.Select(criteria.Label)));
            Add(T["Main considerations"], decision.MainConsiderations);
            Add(T["Facts relied on"], decision.FactsReliedOn);
            Add(T["Further reasons"], decision.FreeText);
            Add(T["Booked beyond the pool because"], decision.OverrideReason);
            bundle.Heading(3, T["The meeting on {0}", decision.MeetingDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)]).Facts(facts);
        }
    }
}
