using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Localization;
using Council.Grants.Controllers;
using Council.Grants.Data;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Services;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Decisions;

/// <summary>
/// The money side of an application on its admin page: the secretariat's recommendation (a new version of the
/// application), and once the meeting that granted it is concluded, its payments and lapses on the pool's ledger —
/// never more than was granted.
/// </summary>
public sealed class GrantDecisionPanels(
    GrantDecisionService decisions,
    GrantPoolLedger ledger,
    GrantPoolChanges poolChanges,
    ContentManager contents,
    LtkDbContext db,
    AuditTrailService audit,
    SiteTimeZone siteTime,
    TimeProvider clock,
    IStringLocalizer<DecisionStrings> T)
{
    private static readonly string[] s_dateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    public async Task<DecisionPanel?> BuildAsync(string contentItemId, DecisionPanelInput? input, CancellationToken cancellationToken)
    {
        if (await decisions.LoadAsync(contentItemId, cancellationToken) is not { } decisionCase)
        {
            return null;
        }

        return await BuildAsync(decisionCase, input, cancellationToken);
    }

    public async Task<DecisionPanel> BuildAsync(GrantDecisionCase decisionCase, DecisionPanelInput? input, CancellationToken cancellationToken)
    {
        var part = decisionCase.Item.As<GrantApplicationPart>();
        input ??= new DecisionPanelInput
        {
            Recommendation = part.Recommendation,
            RecommendedAmount = part.RecommendedAmount is { } recommended ? GrantAmounts.ToInput(recommended) : "",
            PaymentDate = Today().ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        };
        var entries = await ledger.EntriesOfAsync(decisionCase.Item.ContentItemId, cancellationToken);
        var inForce = decisionCase.InForce;
        var hasGrant = inForce is { GrantedAmount: not null };
        return new DecisionPanel(
            decisionCase.Item.ContentItemId,
            input,
            inForce is null ? null : decisions.OutcomeLabel(inForce.Outcome, inForce.GrantedAmount),
            inForce is null ? null : T["Meeting on {0}; recorded {1} by {2}", Date(inForce.MeetingDate), siteTime.FormatDateTime(inForce.DecidedUtc), inForce.DecidedBy].Value,
            decisionCase.CanDecide,
            decisionCase.Blocked,
            GrantLedgerSums.Of(entries),
            [.. entries.Select(e => new DecisionPanelEntry(Date(DateOnly.FromDateTime(siteTime.ToLocal(e.RecordedUtc))), KindName(e.Kind), GrantAmounts.Format(e.Amount), e.Note, e.UserName))],
            hasGrant,
            hasGrant ? await PaymentsBlockedAsync(inForce!, cancellationToken) : null);
    }

    public string KindName(GrantLedgerEntryKind kind) => kind switch
    {
        GrantLedgerEntryKind.Granted => T["Granted"],
        GrantLedgerEntryKind.Paid => T["Paid"],
        GrantLedgerEntryKind.Repaid => T["Repaid"],
        _ => T["Lapsed"],
    };

    /// <summary>Saves the recommendation as a new version of the application; the problems by field, none when saved.</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> SaveRecommendationAsync(GrantDecisionCase decisionCase, DecisionPanelInput input, CancellationToken cancellationToken)
    {
        var errors = new List<KeyValuePair<string, string>>();
        var text = (input.Recommendation ?? "").Trim();
        if (text.Length > GrantDecisionService.MaxTextLength)
        {
            errors.Add(new(nameof(DecisionPanelInput.Recommendation), T["This text can be at most {0} characters; it has {1}.", GrantDecisionService.MaxTextLength, text.Length]));
        }

        decimal? amount = null;
        var typed = (input.RecommendedAmount ?? "").Trim();
        if (typed.Length > 0)
        {
            if (!GrantAmounts.TryParse(typed, out var parsed) || parsed < 0)
            {
                errors.Add(new(nameof(DecisionPanelInput.RecommendedAmount), T["Write the recommended amount in kroner, e.g. 12.000, or leave it empty."]));
            }
            else if (decisionCase.AmountAsked > 0 && parsed > decisionCase.AmountAsked)
            {
                errors.Add(new(nameof(DecisionPanelInput.RecommendedAmount), T["The recommendation cannot be more than the {0} applied for.", GrantAmounts.Format(decisionCase.AmountAsked)]));
            }
            else
            {
                amount = parsed;
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var latest = decisionCase.Item;
        var before = latest.As<GrantApplicationPart>();
        var snapshotBefore = new JsonObject { ["Recommendation"] = before.Recommendation, ["RecommendedAmount"] = before.RecommendedAmount };
        var edited = latest.CloneAsNewVersion();
        edited.Alter<GrantApplicationPart>(p =>
        {
            p.Recommendation = text;
            p.RecommendedAmount = amount;
        });
        audit.Record(new AuditTrailEntry(ApplicationsAdminController.AuditCategory, "Recommended", latest.ContentItemId, latest.DisplayText)
        {
            ObjectType = latest.ContentType,
            Comment = amount is { } a ? GrantAmounts.Format(a) : "",
            Before = snapshotBefore,
            After = new JsonObject { ["Recommendation"] = text, ["RecommendedAmount"] = amount },
        });
        try
        {
            await contents.UpdateAsync(edited, latest.ContentItemVersionId, publish: false, cancellationToken: cancellationToken);
        }
        catch (ContentConcurrencyException)
        {
            errors.Add(new("", T["Someone else saved the application at the same time. Open it again and write the recommendation once more."]));
        }

        return errors;
    }

    /// <summary>Records a payment of the grant in force; the problems by field, none when saved.</summary>
    public Task<IReadOnlyList<KeyValuePair<string, string>>> RecordPaymentAsync(GrantDecisionCase decisionCase, DecisionPanelInput input, string userName, CancellationToken cancellationToken)
    {
        var errors = new List<KeyValuePair<string, string>>();
        DateOnly? day = null;
        var typed = (input.PaymentDate ?? "").Trim();
        if (!DateOnly.TryParseExact(typed, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            errors.Add(new(nameof(DecisionPanelInput.PaymentDate), T["Write the day of the payment as day.month.year, e.g. 15.03.2027."]));
        }
        else if (parsed > Today())
        {
            errors.Add(new(nameof(DecisionPanelInput.PaymentDate), T["The payment's day, {0}, has not come yet: record a payment once it is made.", Date(parsed)]));
        }
        else
        {
            day = parsed;
        }

        return RecordAsync(decisionCase, GrantLedgerEntryKind.Paid, nameof(DecisionPanelInput.PaymentAmount), input.PaymentAmount, day, "", errors, userName, cancellationToken);
    }

    /// <summary>Records that part or all of the grant lapsed (not used), with the reason; the problems by field, none when saved.</summary>
    public Task<IReadOnlyList<KeyValuePair<string, string>>> RecordLapseAsync(GrantDecisionCase decisionCase, DecisionPanelInput input, string userName, CancellationToken cancellationToken)
    {
        var errors = new List<KeyValuePair<string, string>>();
        var reason = (input.LapseReason ?? "").Trim();
        if (reason.Length == 0)
        {
            errors.Add(new(nameof(DecisionPanelInput.LapseReason), T["Write why the grant lapsed, e.g. that the project was cancelled."]));
        }
        else if (reason.Length > GrantDecisionService.MaxReasonLength)
        {
            errors.Add(new(nameof(DecisionPanelInput.LapseReason), T["This text can be at most {0} characters; it has {1}.", GrantDecisionService.MaxReasonLength, reason.Length]));
        }

        return RecordAsync(decisionCase, GrantLedgerEntryKind.Lapsed, nameof(DecisionPanelInput.LapseAmount), input.LapseAmount, Today(), reason, errors, userName, cancellationToken);
    }

    private async Task<IReadOnlyList<KeyValuePair<string, string>>> RecordAsync(
        GrantDecisionCase decisionCase, GrantLedgerEntryKind kind, string amountKey, string? typedAmount, DateOnly? day, string note,
        List<KeyValuePair<string, string>> errors, string userName, CancellationToken cancellationToken)
    {
        if (decisionCase.InForce is not { GrantedAmount: not null } grant)
        {
            errors.Insert(0, new("", T["The application has no grant to pay out."]));
            return errors;
        }

        if (await PaymentsBlockedAsync(grant, cancellationToken) is { } blocked)
        {
            errors.Insert(0, new("", blocked));
            return errors;
        }

        var open = GrantLedgerSums.Of(await ledger.EntriesOfAsync(decisionCase.Item.ContentItemId, cancellationToken)).Open;
        if (!GrantAmounts.TryParse(typedAmount, out var amount) || amount <= 0)
        {
            errors.Insert(0, new(amountKey, T["Write the amount in kroner, e.g. 6.000."]));
        }
        else if (amount > open)
        {
            errors.Insert(0, new(amountKey, T["Only {0} of the grant of {1} is left to pay out or lapse; {2} is more than that.", GrantAmounts.Format(open), GrantAmounts.Format(grant.GrantedAmount!.Value), GrantAmounts.Format(amount)]));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // A payment is dated the day it was made (the ledger reads by day); the time is the hour it was recorded.
        var recorded = day is { } d && d != Today() ? siteTime.ToUtc(d.ToDateTime(new TimeOnly(12, 0))) : now;
        db.Set<GrantLedgerEntry>().Add(new GrantLedgerEntry
        {
            PoolYear = grant.PoolYear,
            ContentItemId = decisionCase.Item.ContentItemId,
            MeetingId = grant.MeetingId,
            Kind = kind,
            Amount = amount,
            Note = note,
            UserName = userName,
            RecordedUtc = recorded,
        });
        audit.Record(new AuditTrailEntry(ApplicationsAdminController.AuditCategory, kind == GrantLedgerEntryKind.Paid ? "Paid" : "Lapsed", decisionCase.Item.ContentItemId, decisionCase.Item.DisplayText)
        {
            ObjectType = decisionCase.Item.ContentType,
            Comment = note.Length > 0 ? $"{GrantAmounts.Format(amount)}: {note}" : $"{GrantAmounts.Format(amount)} ({Date(DateOnly.FromDateTime(siteTime.ToLocal(recorded)))})",
        });
        poolChanges.Changed();
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    private async Task<string?> PaymentsBlockedAsync(GrantDecision grant, CancellationToken cancellationToken)
    {
        var meeting = await db.Set<Council.Meetings.Data.Meeting>().FindAsync([grant.MeetingId], cancellationToken);
        return meeting is not null && GrantMeetings.IsConcluded(meeting)
            ? null
            : T["Payments are recorded once the meeting on {0} is concluded and the decision sent.", Date(grant.MeetingDate)].Value;
    }

    private DateOnly Today() => DateOnly.FromDateTime(siteTime.ToLocal(clock.GetUtcNow().UtcDateTime));

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
