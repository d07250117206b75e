using System.Text.Json.Nodes;
using Cms.Contents.Workflows;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Text;
using Cms.Workflows.Activities;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Models;
using Council.Grants.Data;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Reports;
using Council.Grants.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Workflows;

/// <summary>
/// Unspent money paid back (docs/decisions/0050-decision-letters-and-report-follow-up.md). <c>Mode</c> "Request" works out the amount to ask
/// back — the amount granted less what the report's accounts show was spent, never below 0 kr. — unless <c>Amount</c> gives
/// it, as <c>Properties.Repayment</c>: <c>Amount</c> (1.200 kr.), <c>Value</c> (1200) and <c>Comment</c> (the task's). "Record",
/// run when the secretariat registers the money paid, books it in the pool's ledger as repaid, once.
/// </summary>
public sealed class GrantRepaymentTask(IStringLocalizer<GrantStrings> T, GrantReportLinks reports, IHttpContextAccessor http, TimeProvider clock, LtkDbContext db) : ContentTaskActivity(db)
{
    public const string PropertyName = "Repayment";

    private readonly LtkDbContext _db = db;

    public override string Name => nameof(GrantRepaymentTask);

    public override string DisplayName => "Repayment of unspent money";

    public override string Category => "Grants";

    public override Type StringsType => typeof(GrantStrings);

    public override string Description => "Works out the unspent money to ask back after the report (Properties.Repayment.Amount), or books the repayment in the pool's ledger once it is paid.";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        ContentSetting,
        new("Mode", "What it does", ActivitySettingKind.Choice)
        {
            Options = [new("Request", "Work out the amount to ask back"), new("Record", "Book the repayment in the ledger")],
        },
        new("Amount", "Amount to ask back", ActivitySettingKind.Liquid) { Hint = "In kroner; empty: the amount granted less what the report shows was spent." },
    ];

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) => [new(TaskActivity.Done, T["Done"])];

    public override IEnumerable<ActivitySettingError> ValidateSettings(ActivityRecord activity)
    {
        if (ActivityContext.SettingOf(activity, "Mode") is { Length: > 0 } mode && mode is not ("Request" or "Record"))
        {
            yield return new("Mode", T["Mode is 'Request' or 'Record', not '{0}'.", mode]);
        }
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var id = await ContentItemIdAsync(context, cancellationToken);
        var decision = await _db.Set<GrantDecision>().LatestForAsync(id, cancellationToken)
            ?? throw new InvalidOperationException($"The application '{id}' has no decision recorded, so there is no grant to pay back.");
        var report = await reports.LatestAsync(id, cancellationToken);
        if (context.Setting("Mode") == "Record")
        {
            var value = context.Properties[PropertyName]?["Value"] is JsonValue v ? JsonFluidValues.Number(v) : 0m;
            // The report's request names the repayment, so a retried step books it once.
            var note = $"Tilbagebetaling efter afrapportering ({report?.RequestId})";
            if (value > 0 && !await _db.Set<GrantLedgerEntry>().AnyAsync(e => e.ContentItemId == id && e.Kind == GrantLedgerEntryKind.Repaid && e.Note == note, cancellationToken))
            {
                _db.Add(new GrantLedgerEntry
                {
                    PoolYear = decision.PoolYear,
                    ContentItemId = id,
                    MeetingId = decision.MeetingId,
                    Kind = GrantLedgerEntryKind.Repaid,
                    Amount = value,
                    Note = note,
                    UserName = AuditTrailService.UserNameOf(http.HttpContext),
                    RecordedUtc = clock.GetUtcNow().UtcDateTime,
                });
            }

            return ActivityResult.Outcomes(TaskActivity.Done);
        }

        var typed = (await context.RenderSettingAsync("Amount", cancellationToken)).Trim();
        decimal amount;
        if (typed.Length > 0)
        {
            amount = GrantAmounts.TryParse(typed, out var given) && given >= 0 ? given
                : throw new InvalidOperationException($"Repayment: '{typed}' is not an amount in kroner.");
        }
        else
        {
            var spent = report?.Lines.Sum(l => l.Actual ?? 0) ?? 0;
            amount = Math.Max(0, (decision.GrantedAmount ?? 0) - spent);
        }

        context.Properties[PropertyName] = new JsonObject
        {
            ["Amount"] = GrantAmounts.Format(amount),
            ["Value"] = amount,
            ["Comment"] = context.Input["Comment"]?.GetValue<string>() ?? "",
        };
        return ActivityResult.Outcomes(TaskActivity.Done);
    }
}
