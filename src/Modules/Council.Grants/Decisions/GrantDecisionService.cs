using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Localization;
using Council.Grants.Agenda;
using Council.Grants.Controllers;
using Council.Grants.Data;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Services;
using Council.Meetings.Agenda;
using Council.Meetings.Conflicts;
using Council.Meetings.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Decisions;

/// <summary>
/// The council's decision on an application at the meeting whose agenda it is on: checked (a refusal or a partial grant
/// states its reasons, forvaltningsloven §§ 22–24; a grant fits what is left of the pool unless the secretariat books
/// beyond it with a reason), saved as the meeting's <see cref="GrantDecision"/> row with its <c>Granted</c> ledger entry,
/// and recorded on the agenda in one Danish line for the minutes. Until the meeting is concluded the same row changes;
/// after that nothing does.
/// </summary>
public sealed class GrantDecisionService(
    LtkDbContext db,
    ContentManager contents,
    IAgendaRouting routing,
    IEnumerable<IAgendaConflicts> conflicts,
    GrantPoolLedger ledger,
    GrantPoolLock poolLock,
    GrantPoolChanges poolChanges,
    AuditTrailService audit,
    TimeProvider clock,
    IStringLocalizer<DecisionStrings> T)
{
    public const int MaxTextLength = 4000;
    public const int MaxReasonLength = 1000;

    /// <summary>The application and its place on the agenda, or null when there is no such application.</summary>
    public async Task<GrantDecisionCase?> LoadAsync(string contentItemId, CancellationToken cancellationToken)
    {
        if (contentItemId.Length is 0 or > 26)
        {
            return null;
        }

        var item = await contents.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (item is null || item.DeletedUtc is not null || item.TryGetPart(nameof(GrantApplicationPart)) is null)
        {
            return null;
        }

        var index = await db.Set<GrantApplicationIndex>().AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == contentItemId, cancellationToken);
        var asked = item.As<GrantBudgetPart>().AmountAppliedFor ?? index?.AmountAppliedFor ?? 0;
        var year = index?.PoolYear is > 0 and var y ? y : ledger.CurrentYear;
        var placement = await routing.GetPlacementAsync(GrantAgendaItems.Kind, contentItemId, cancellationToken);
        var meeting = placement?.MeetingId is { } meetingId
            ? await db.Set<Meeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            : null;
        var decisions = await db.Set<GrantDecision>().AsNoTracking()
            .Where(d => d.ContentItemId == contentItemId)
            .OrderByDescending(d => d.DecidedUtc).ThenByDescending(d => d.Id)
            .ToListAsync(cancellationToken);
        var atMeeting = meeting is null ? null : decisions.FirstOrDefault(d => d.MeetingId == meeting.Id);
        // The council module's register when it is part of the site (the last registration wins, as in DI).
        var excluded = conflicts.LastOrDefault() is { } register
            ? await register.ForItemAsync(GrantAgendaItems.Kind, contentItemId, cancellationToken)
            : [];
        return new GrantDecisionCase(item, index, asked, year, placement, meeting, atMeeting, decisions.FirstOrDefault(), excluded, Blocked(placement, meeting));
    }

    /// <summary>The form filled from the decision already recorded at the meeting, or a new one (a grant of the amount asked).</summary>
    public static GrantDecisionInput InputOf(GrantDecisionCase decisionCase) => decisionCase.AtMeeting is { } d
        ? new GrantDecisionInput
        {
            Outcome = d.Outcome.ToString(),
            Amount = d.GrantedAmount is { } amount ? GrantAmounts.ToInput(amount) : "",
            Conditions = d.Conditions,
            Criteria = [.. d.CriteriaNotMet],
            MainConsiderations = d.MainConsiderations,
            FactsReliedOn = d.FactsReliedOn,
            FreeText = d.FreeText,
            ShowInPublicList = d.ShowInPublicList,
            OverrideBooking = d.OverrideReason.Length > 0,
            OverrideReason = d.OverrideReason,
            Version = VersionOf(d),
        }
        : new GrantDecisionInput { Amount = decisionCase.AmountAsked > 0 ? GrantAmounts.ToInput(decisionCase.AmountAsked) : "" };

    /// <summary>The version stamp the form carries: the decision it was opened on, empty when there was none.</summary>
    public static string VersionOf(GrantDecision? decision) => decision?.ConcurrencyStamp.ToString("N") ?? "";

    /// <summary>
    /// Checks the form and, when it holds, saves the decision, as one step with the check of what is left of the pool:
    /// the year's pool is locked first (<see cref="GrantPoolLock"/>), then the case is read, so a save that waited for
    /// another sees its booking. Returns the case as read under the lock (null when there is no such application) and the
    /// problems by field (none when saved); what was typed is left in <paramref name="input"/>.
    /// </summary>
    public async Task<(GrantDecisionCase? Case, IReadOnlyList<KeyValuePair<string, string>> Errors)> SaveAsync(string contentItemId, GrantDecisionInput input, string userName, CancellationToken cancellationToken)
    {
        input.Normalised();
        await using var unit = await db.BeginUnitOfWorkAsync(cancellationToken);
        var indexedYear = await db.Set<GrantApplicationIndex>().AsNoTracking()
            .Where(i => i.ContentItemId == contentItemId).Select(i => (int?)i.PoolYear).FirstOrDefaultAsync(cancellationToken);
        await poolLock.LockAsync(indexedYear is > 0 and var y ? y : ledger.CurrentYear, cancellationToken);
        if (await LoadAsync(contentItemId, cancellationToken) is not { } decisionCase)
        {
            return (null, []);
        }

        var errors = await CheckAndSaveAsync(decisionCase, input, userName, cancellationToken);
        if (errors.Count == 0)
        {
            await unit.CommitAsync(cancellationToken);
        }

        return (decisionCase, errors);
    }

    private async Task<List<KeyValuePair<string, string>>> CheckAndSaveAsync(GrantDecisionCase decisionCase, GrantDecisionInput input, string userName, CancellationToken cancellationToken)
    {
        var errors = new List<KeyValuePair<string, string>>();
        if (decisionCase.Blocked is not null || decisionCase.Meeting is null)
        {
            errors.Add(new("", decisionCase.Blocked ?? ""));
            return errors;
        }

        // A form opened on another version of the decision would overwrite what someone saved meanwhile unseen.
        var current = VersionOf(decisionCase.AtMeeting);
        if (!string.Equals(input.Version.Trim(), current, StringComparison.Ordinal))
        {
            errors.Add(new("", decisionCase.AtMeeting is { } saved
                ? T["Since you opened the form, {0} saved this decision on the application: \"{1}\". Your form is kept below; compare it with theirs and save again to replace it.", saved.DecidedBy, OutcomeLabel(saved.Outcome, saved.GrantedAmount)].Value
                : T["The decision was changed since you opened the form. Your form is kept below; check it and save again."].Value));
            input.Version = current;
            return errors;
        }

        var meeting = decisionCase.Meeting;
        var outcome = ReadOutcome(input, errors);
        var amount = outcome is GrantDecisionOutcome.Granted or GrantDecisionOutcome.PartlyGranted ? ReadAmount(outcome.Value, input, decisionCase.AmountAsked, errors) : null;
        var criteria = input.Criteria.Where(GrantCriteria.IsKnown).Distinct(StringComparer.Ordinal).OrderBy(k => GrantCriteria.Keys.ToList().IndexOf(k)).ToList();
        if (outcome is GrantDecisionOutcome.Refused or GrantDecisionOutcome.PartlyGranted)
        {
            RequireReasons(input, criteria, errors);
        }

        CheckLengths(input, errors);
        var overrideReason = "";
        if (amount is { } granted && errors.Count == 0)
        {
            var remaining = await ledger.RemainingForAsync(decisionCase.PoolYear, decisionCase.Item.ContentItemId, meeting.Id, cancellationToken);
            if (granted > remaining)
            {
                overrideReason = input.OverrideReason.Trim();
                if (!input.OverrideBooking)
                {
                    var left = Math.Max(remaining, 0);
                    // The figure on the form was read before another save booked on the pool: say so, with the new one.
                    var changed = decimal.TryParse(input.Remaining, NumberStyles.Number, CultureInfo.InvariantCulture, out var shown) && shown > remaining;
                    errors.Add(new(nameof(GrantDecisionInput.OverrideBooking), changed
                        ? T["Since you opened the form, other grants were booked on the pool for {1}: there is now {0} left, and the grant of {2} exceeds it by {3}. Tick \"Grant beyond the pool\" and give the reason to grant it all the same.", GrantAmounts.Format(left), decisionCase.PoolYear, GrantAmounts.Format(granted), GrantAmounts.Format(granted - left)]
                        : T["There is {0} left in the pool for {1}; the grant of {2} exceeds it by {3}. Tick \"Grant beyond the pool\" and give the reason to grant it all the same.", GrantAmounts.Format(left), decisionCase.PoolYear, GrantAmounts.Format(granted), GrantAmounts.Format(granted - left)]));
                }
                else if (overrideReason.Length == 0)
                {
                    errors.Add(new(nameof(GrantDecisionInput.OverrideReason), T["Write why the grant goes beyond what is left in the pool."]));
                }
            }
        }

        if (errors.Count > 0 || outcome is not { } chosen)
        {
            return errors;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var row = decisionCase.AtMeeting is { } existing
            ? await db.Set<GrantDecision>().FirstAsync(d => d.Id == existing.Id, cancellationToken)
            : db.Set<GrantDecision>().Add(new GrantDecision { ContentItemId = decisionCase.Item.ContentItemId, MeetingId = meeting.Id }).Entity;
        var before = decisionCase.AtMeeting is null ? null : Snapshot(row);
        row.MeetingDate = meeting.Date;
        row.Outcome = chosen;
        row.GrantedAmount = amount;
        row.Conditions = chosen is GrantDecisionOutcome.Granted or GrantDecisionOutcome.PartlyGranted ? input.Conditions.Trim() : "";
        row.CriteriaNotMet = chosen is GrantDecisionOutcome.Refused or GrantDecisionOutcome.PartlyGranted ? criteria : [];
        row.MainConsiderations = input.MainConsiderations.Trim();
        row.FactsReliedOn = input.FactsReliedOn.Trim();
        row.FreeText = input.FreeText.Trim();
        row.OverrideReason = overrideReason;
        row.PoolYear = decisionCase.PoolYear;
        row.ShowInPublicList = amount is not null && input.ShowInPublicList;
        row.DecidedUtc = now;
        row.DecidedBy = userName;
        row.ConcurrencyStamp = Guid.NewGuid();
        await BookAsync(decisionCase, meeting, amount, userName, now, cancellationToken);

        var line = OutcomeLine(chosen, amount);
        await routing.RecordOutcomeAsync(GrantAgendaItems.Kind, decisionCase.Item.ContentItemId, AgendaOutcome(chosen), line, cancellationToken);
        audit.Record(new AuditTrailEntry(ApplicationsAdminController.AuditCategory, before is null ? "Decided" : "DecisionChanged", decisionCase.Item.ContentItemId, decisionCase.Item.DisplayText)
        {
            ObjectType = decisionCase.Item.ContentType,
            Comment = line,
            Before = before,
            After = Snapshot(row),
        });
        poolChanges.Changed();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            errors.Add(new("", T["Someone else saved the decision at the same time. Open the decision again to see theirs."]));
        }

        input.Version = VersionOf(row);
        return errors;
    }

    /// <summary>The decision in one Danish line for the minutes and the public agenda: "Bevilget 12.000 kr.".</summary>
    public string OutcomeLine(GrantDecisionOutcome outcome, decimal? amount) => Cultures.In(DanishCulture.Name, () => OutcomeLabel(outcome, amount));

    /// <summary>The decision in one line in the reader's language.</summary>
    public string OutcomeLabel(GrantDecisionOutcome outcome, decimal? amount) => outcome switch
    {
        GrantDecisionOutcome.Granted => T["Granted {0}", GrantAmounts.Format(amount ?? 0)],
        GrantDecisionOutcome.PartlyGranted => T["Partly granted {0}", GrantAmounts.Format(amount ?? 0)],
        GrantDecisionOutcome.Refused => T["Refused"],
        _ => T["Deferred to the next meeting"],
    };

    /// <summary>The outcome's name on the form: Bevilget, Delvist bevilget, Afslag, Udsat til næste møde.</summary>
    public string OutcomeName(GrantDecisionOutcome outcome) => outcome switch
    {
        GrantDecisionOutcome.Granted => T["Granted"],
        GrantDecisionOutcome.PartlyGranted => T["Partly granted"],
        GrantDecisionOutcome.Refused => T["Refused"],
        _ => T["Deferred to the next meeting"],
    };

    private string? Blocked(AgendaPlacement? placement, Meeting? meeting)
    {
        if (placement is null || placement.MeetingId is null || meeting is null)
        {
            return T["The application is on no meeting's agenda yet, so the council cannot decide on it. It joins the first coming meeting's agenda once it is ready for the council."];
        }

        if (placement.Status == AgendaItemStatus.Withdrawn)
        {
            return T["The application has been withdrawn from the agenda."];
        }

        return GrantMeetings.IsConcluded(meeting)
            ? T["The meeting on {0} is concluded: its decisions are final and can no longer be changed.", meeting.Date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)].Value
            : null;
    }

    private GrantDecisionOutcome? ReadOutcome(GrantDecisionInput input, List<KeyValuePair<string, string>> errors)
    {
        if (Enum.TryParse<GrantDecisionOutcome>(input.Outcome?.Trim(), ignoreCase: false, out var outcome) && Enum.IsDefined(outcome))
        {
            return outcome;
        }

        errors.Add(new(nameof(GrantDecisionInput.Outcome), T["Choose the council's decision."]));
        return null;
    }

    private decimal? ReadAmount(GrantDecisionOutcome outcome, GrantDecisionInput input, decimal asked, List<KeyValuePair<string, string>> errors)
    {
        var text = input.Amount?.Trim() ?? "";
        if (text.Length == 0 && outcome == GrantDecisionOutcome.Granted && asked > 0)
        {
            // A grant is of the amount asked unless the council says otherwise.
            input.Amount = GrantAmounts.ToInput(asked);
            return asked;
        }

        const string key = nameof(GrantDecisionInput.Amount);
        if (!GrantAmounts.TryParse(text, out var amount) || amount <= 0)
        {
            errors.Add(new(key, T["Write the amount granted in kroner, e.g. 12.000."]));
            return null;
        }

        if (outcome == GrantDecisionOutcome.PartlyGranted && amount >= asked)
        {
            errors.Add(new(key, T["A partial grant is below the {0} applied for and above 0 kr.; for the whole amount choose \"Granted\".", GrantAmounts.Format(asked)]));
            return null;
        }

        if (outcome == GrantDecisionOutcome.Granted && amount > asked)
        {
            errors.Add(new(key, T["The council cannot grant more than the {0} applied for.", GrantAmounts.Format(asked)]));
            return null;
        }

        if (outcome == GrantDecisionOutcome.Granted && amount < asked)
        {
            // Less than asked is a partial grant, which must give its reasons.
            errors.Add(new(key, T["{0} is less than the {1} applied for: that is a partial grant. Choose \"Partly granted\" and give the reasons.", GrantAmounts.Format(amount), GrantAmounts.Format(asked)]));
            return null;
        }

        return amount;
    }

    private void RequireReasons(GrantDecisionInput input, List<string> criteria, List<KeyValuePair<string, string>> errors)
    {
        if (criteria.Count == 0)
        {
            errors.Add(new(nameof(GrantDecisionInput.Criteria), T["Tick the criteria the application did not meet: a refusal or a partial grant states its reasons."]));
        }
        else if (criteria.All(k => k == GrantCriteria.PoolUsedUp))
        {
            errors.Add(new(nameof(GrantDecisionInput.Criteria), T["\"The pool is used up\" is not enough alone: tick the criteria the application did not meet as well."]));
        }

        if (string.IsNullOrWhiteSpace(input.MainConsiderations))
        {
            errors.Add(new(nameof(GrantDecisionInput.MainConsiderations), T["Write the main considerations behind the decision."]));
        }

        if (string.IsNullOrWhiteSpace(input.FactsReliedOn))
        {
            errors.Add(new(nameof(GrantDecisionInput.FactsReliedOn), T["Write the facts the decision relies on."]));
        }
    }

    private void CheckLengths(GrantDecisionInput input, List<KeyValuePair<string, string>> errors)
    {
        foreach (var (key, text, max) in new[]
        {
            (nameof(GrantDecisionInput.Conditions), input.Conditions, MaxTextLength),
            (nameof(GrantDecisionInput.MainConsiderations), input.MainConsiderations, MaxTextLength),
            (nameof(GrantDecisionInput.FactsReliedOn), input.FactsReliedOn, MaxTextLength),
            (nameof(GrantDecisionInput.FreeText), input.FreeText, MaxTextLength),
            (nameof(GrantDecisionInput.OverrideReason), input.OverrideReason, MaxReasonLength),
        })
        {
            if ((text?.Trim().Length ?? 0) > max)
            {
                errors.Add(new(key, T["This text can be at most {0} characters; it has {1}.", max, text!.Trim().Length]));
            }
        }
    }

    /// <summary>The decision's booking on the pool: one <c>Granted</c> entry per application and meeting, changed with the decision.</summary>
    private async Task BookAsync(GrantDecisionCase decisionCase, Meeting meeting, decimal? amount, string userName, DateTime now, CancellationToken cancellationToken)
    {
        var id = decisionCase.Item.ContentItemId;
        var entry = await db.Set<GrantLedgerEntry>()
            .FirstOrDefaultAsync(e => e.ContentItemId == id && e.MeetingId == meeting.Id && e.Kind == GrantLedgerEntryKind.Granted, cancellationToken);
        if (amount is not { } granted)
        {
            if (entry is not null)
            {
                db.Remove(entry);
            }

            return;
        }

        if (entry is null)
        {
            entry = db.Set<GrantLedgerEntry>().Add(new GrantLedgerEntry { ContentItemId = id, MeetingId = meeting.Id, Kind = GrantLedgerEntryKind.Granted }).Entity;
        }

        entry.PoolYear = decisionCase.PoolYear;
        entry.Amount = granted;
        entry.Note = Cultures.In(DanishCulture.Name, () => T["Meeting on {0}", meeting.Date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)].Value);
        entry.UserName = userName;
        entry.RecordedUtc = now;
    }

    private static AgendaItemOutcome AgendaOutcome(GrantDecisionOutcome outcome) => outcome switch
    {
        GrantDecisionOutcome.Granted => AgendaItemOutcome.Granted,
        GrantDecisionOutcome.PartlyGranted => AgendaItemOutcome.PartlyGranted,
        GrantDecisionOutcome.Refused => AgendaItemOutcome.Refused,
        _ => AgendaItemOutcome.Deferred,
    };

    private static JsonObject Snapshot(GrantDecision d) => new()
    {
        ["Outcome"] = d.Outcome.ToString(),
        ["GrantedAmount"] = d.GrantedAmount,
        ["Conditions"] = d.Conditions,
        ["CriteriaNotMet"] = new JsonArray([.. d.CriteriaNotMet.Select(k => (JsonNode)k)]),
        ["MainConsiderations"] = d.MainConsiderations,
        ["FactsReliedOn"] = d.FactsReliedOn,
        ["FreeText"] = d.FreeText,
        ["OverrideReason"] = d.OverrideReason,
        ["PoolYear"] = d.PoolYear,
        ["ShowInPublicList"] = d.ShowInPublicList,
        ["MeetingId"] = d.MeetingId,
    };
}
