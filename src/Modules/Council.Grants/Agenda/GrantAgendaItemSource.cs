using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Forms.Models;
using Council.Grants.Data;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Rules;
using Council.Grants.Services;
using Council.Meetings.Agenda;
using Council.Meetings.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Agenda;

/// <summary>
/// A grant application as the agenda packs show it. The members get the whole case (applicant, project, budget and
/// financing, flags, the secretariat's recommendation, the decision); the public only the organisation (none for a
/// private person, offentlighedsloven § 30), the project's title, the amount asked and, once the meeting is concluded,
/// the decision.
/// </summary>
public sealed class GrantAgendaItemSource(
    ContentManager contents,
    LtkDbContext db,
    IAgendaRouting routing,
    GrantApplicationTexts texts,
    IStringLocalizer<GrantStrings> T) : IAgendaItemSource
{
    public string Kind => GrantAgendaItems.Kind;

    public async Task<AgendaItemDetails?> DescribeAsync(string sourceId, AgendaAudience audience, CancellationToken cancellationToken)
    {
        var item = await contents.GetAsync(sourceId, VersionOptions.Latest, cancellationToken);
        if (item is null || item.DeletedUtc is not null || item.TryGetPart(nameof(GrantApplicationPart)) is null)
        {
            return null;
        }

        var part = item.As<GrantApplicationPart>();
        var budget = item.As<GrantBudgetPart>();
        var kind = GrantApplicationFields.Choice(item, GrantApplicationFields.ApplicantKind) ?? "";
        var title = GrantApplicationFields.Text(item, GrantApplicationFields.ProjectTitle) ?? item.DisplayText;
        var organisation = GrantApplicationFields.Text(item, GrantApplicationFields.Organisation) ?? "";
        var amount = budget.AmountAppliedFor is { } asked ? GrantAmounts.Format(asked) : null;
        var placement = await routing.GetPlacementAsync(Kind, sourceId, cancellationToken);
        var meeting = placement?.MeetingId is { } meetingId
            ? await db.Set<Meeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            : null;
        var decision = await db.Set<GrantDecision>().AsNoTracking()
            .Where(d => d.ContentItemId == sourceId && (meeting == null || d.MeetingId == meeting.Id))
            .OrderByDescending(d => d.DecidedUtc).ThenByDescending(d => d.Id)
            .FirstOrDefaultAsync(cancellationToken);

        if (audience == AgendaAudience.Public)
        {
            // A private person is never named in public, nor is a person named in the organisation's place.
            var publicOrganisation = kind == ApplicantKinds.PrivatePerson ? "" : organisation;
            var concluded = meeting?.ConcludedUtc is not null;
            return new AgendaItemDetails(title, publicOrganisation, amount, [], [], [], [], null, concluded && decision is not null ? DecisionText(decision) : null, null);
        }

        return new AgendaItemDetails(
            title,
            organisation,
            amount,
            Facts(item, kind, title, organisation, amount, budget),
            Tables(budget),
            Attachments(item, part),
            Flags(item, part, meeting?.Date ?? part.AgendaMeetingDate ?? part.ExpectedMeetingDate),
            Recommendation(part),
            decision is null ? null : DecisionText(decision),
            $"/admin/applications/{Uri.EscapeDataString(item.ContentItemId)}");
    }

    /// <summary>The decision in words, e.g. "Bevilget 12.000 kr." or "Afslået".</summary>
    public string DecisionText(GrantDecision decision)
    {
        var text = decision.Outcome switch
        {
            GrantDecisionOutcome.Granted => T["Granted {0}", GrantAmounts.Format(decision.GrantedAmount ?? 0)].Value,
            GrantDecisionOutcome.PartlyGranted => T["Partly granted: {0}", GrantAmounts.Format(decision.GrantedAmount ?? 0)].Value,
            GrantDecisionOutcome.Refused => T["Refused"].Value,
            _ => T["Deferred to the next meeting"].Value,
        };
        return decision.Conditions is { Length: > 0 } conditions && decision.Outcome is GrantDecisionOutcome.Granted or GrantDecisionOutcome.PartlyGranted
            ? T["{0}. Conditions: {1}", text, conditions]
            : text;
    }

    private List<AgendaFact> Facts(ContentItem item, string kind, string title, string organisation, string? amount, GrantBudgetPart budget)
    {
        var facts = new List<AgendaFact>();
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                facts.Add(new AgendaFact(label, value.Trim()));
            }
        }

        Add(T["Reference"], GrantApplicationFields.Reference(item));
        Add(T["Applicant kind"], texts.Kind(kind));
        Add(T["Organisation"], organisation);
        Add(T["CVR number"], GrantApplicationFields.Text(item, GrantApplicationFields.Cvr));
        Add(T["Applicant"], GrantApplicationFields.Text(item, GrantApplicationFields.ApplicantName));
        Add(T["E-mail"], GrantApplicationFields.EmailOf(item));
        Add(T["Phone"], GrantApplicationFields.Text(item, "Phone"));
        Add(T["Project"], title);
        Add(T["Project description"], GrantApplicationFields.Text(item, "Description"));
        Add(T["Target group"], GrantApplicationFields.Text(item, "TargetGroup"));
        Add(T["How many benefit"], Number(item, "Beneficiaries"));
        Add(T["Project leader"], GrantApplicationFields.Text(item, "ProjectLeader"));
        Add(T["Others involved"], GrantApplicationFields.Text(item, "OthersInvolved"));
        Add(T["Period"], Period(item));
        Add(T["Community orientation"], GrantApplicationFields.Text(item, "CommunityOrientation"));
        Add(T["Amount applied for"], amount);
        Add(T["Total budget"], GrantAmounts.Format(budget.Total));
        return facts;
    }

    private List<AgendaTable> Tables(GrantBudgetPart budget)
    {
        var tables = new List<AgendaTable>();
        if (budget.BudgetLines.Count > 0)
        {
            tables.Add(new AgendaTable(
                T["Budget"],
                [T["What for"], T["Amount"]],
                [
                    .. budget.BudgetLines.Select(l => (IReadOnlyList<string>)[l.Item, GrantAmounts.Format(l.Amount)]),
                    [T["Total"], GrantAmounts.Format(budget.BudgetLines.Sum(l => l.Amount))],
                ]));
        }

        if (budget.FinancingLines.Count > 0)
        {
            tables.Add(new AgendaTable(
                T["Other financing"],
                [T["Source"], T["Amount"], T["Secured"]],
                [
                    .. budget.FinancingLines.Select(l => (IReadOnlyList<string>)[l.Source, GrantAmounts.Format(l.Amount), l.Secured ? T["Yes"] : T["No"]]),
                    [T["Total"], GrantAmounts.Format(budget.FinancingLines.Sum(l => l.Amount)), ""],
                ]));
        }

        return tables;
    }

    /// <summary>The files' names: the form's attachment and those added with answers during screening.</summary>
    private static List<string> Attachments(ContentItem item, GrantApplicationPart part) =>
    [
        .. item.FileField(item.ContentType, "Attachment").FileName is { Length: > 0 } name ? [name] : Array.Empty<string>(),
        .. part.Information.SelectMany(i => i.Files).Select(f => f.FileName).Where(n => n.Length > 0),
    ];

    private List<string> Flags(ContentItem item, GrantApplicationPart part, DateOnly? meeting)
    {
        var result = GrantApplicationRules.Check(GrantApplicationFields.Facts(item, meeting));
        return
        [
            .. part.LowerPriority || result.LowerPriority ? [T["Lower priority (public institution)"].Value] : Array.Empty<string>(),
            .. part.StartsBeforeMeeting || result.StartsBeforeMeeting ? [T["Starts before the meeting"].Value] : Array.Empty<string>(),
            .. result.Errors.Select(e => T[e.Message, e.Arguments].Value),
        ];
    }

    private string? Recommendation(GrantApplicationPart part)
    {
        var text = part.Recommendation.Trim();
        if (part.RecommendedAmount is not { } recommended)
        {
            return text.Length > 0 ? text : null;
        }

        var amount = T["Recommended amount: {0}", GrantAmounts.Format(recommended)].Value;
        return text.Length > 0 ? $"{text} ({amount})" : amount;
    }

    private string? Period(ContentItem item)
    {
        var start = GrantApplicationFields.Date(item, GrantApplicationFields.StartDate);
        var end = GrantApplicationFields.Date(item, GrantApplicationFields.EndDate);
        return (start, end) switch
        {
            ({ } s, { } e) when e != s => T["{0} to {1}", DanishDate(s), DanishDate(e)],
            ({ } s, _) => DanishDate(s),
            (null, { } e) => DanishDate(e),
            _ => null,
        };
    }

    private static string DanishDate(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string? Number(ContentItem item, string field) =>
        item.TryGetPart(item.ContentType)?[field]?["Value"] is JsonValue value && value.TryGetValue<decimal>(out var number)
            ? number.ToString("#,0.##", Cms.Core.Localization.DanishCulture.Culture)
            : null;
}
