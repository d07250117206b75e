using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Contents.Workflows;
using Cms.Core.Data;
using Cms.Workflows.Activities;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Models;
using Council.Grants.Data;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Reports;
using Council.Grants.Screening;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Workflows;

/// <summary>
/// Makes the grantee's private link to the report on the project, for the mail that follows, as <c>Properties.Report</c>:
/// <c>Path</c> (site-relative, in the grantee's language), <c>Due</c> (the project's end date, 25.11.2026) and <c>Request</c>.
/// <c>Mode</c> "Ask" (the default) asks for a new report, its accounts pre-filled with the application's budget lines, with
/// <c>Request</c> (Liquid, e.g. the secretariat's comment) shown on the page; "Remind" gives the report not yet in a link of
/// its own, or ends with "Submitted" once it is in. Clear the property after the mail so the instance does not keep the link.
/// </summary>
public sealed class RequestGrantReportTask(IStringLocalizer<GrantStrings> T, ContentManager contents, GrantReportLinks links, TimeProvider clock, LtkDbContext db) : ContentTaskActivity(db)
{
    public const string PropertyName = "Report";

    public const string Submitted = "Submitted";

    public override string Name => nameof(RequestGrantReportTask);

    public override string DisplayName => "Ask the grantee for the report";

    public override string Category => "Grants";

    public override Type StringsType => typeof(GrantStrings);

    public override string Description => "Makes a private link where the grantee reports on the project and its accounts, with receipts, without signing in; the mail after it sends the link (Properties.Report.Path).";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        ContentSetting,
        new("Mode", "What it does", ActivitySettingKind.Choice)
        {
            Options = [new("Ask", "Ask for a new report"), new("Remind", "A new link to the report not yet in, for a reminder")],
        },
        new("Request", "What the secretariat asks for", ActivitySettingKind.Liquid) { Lines = 3, Hint = "Shown on the report page, e.g. {{ Input.Comment }} when more is asked for; empty for the first report." },
    ];

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) => [new(TaskActivity.Done, T["Done"]), new(Submitted, T["The report is in"])];

    public override IEnumerable<ActivitySettingError> ValidateSettings(ActivityRecord activity)
    {
        if (ActivityContext.SettingOf(activity, "Mode") is { Length: > 0 } mode && mode is not ("Ask" or "Remind"))
        {
            yield return new("Mode", T["Mode is 'Ask' or 'Remind', not '{0}'.", mode]);
        }
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var id = await ContentItemIdAsync(context, cancellationToken);
        string token;
        GrantReport report;
        if (context.Setting("Mode") == "Remind")
        {
            if (await links.RemindAsync(id, cancellationToken) is not { } reminder)
            {
                return ActivityResult.Outcomes(Submitted);
            }

            (token, report) = reminder;
        }
        else
        {
            if (IsBeingSaved(id))
            {
                return ActivityResult.ContinueAfterCommit();
            }

            var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken)
                ?? throw new InvalidOperationException($"Content item '{id}' does not exist.");
            var language = GrantInformationLinks.Language(context.Input["Culture"]?.GetValue<string>() ?? GrantApplicationFields.Choice(item, GrantApplicationFields.PreferredLanguage));
            var due = GrantApplicationFields.Date(item, GrantApplicationFields.EndDate) ?? GrantApplicationFields.Date(item, GrantApplicationFields.StartDate)
                ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var request = (await context.RenderSettingAsync("Request", cancellationToken)).Trim();
            token = links.Ask(id, item.As<GrantBudgetPart>().BudgetLines, due, language, request, out report);
        }

        context.Properties[PropertyName] = new JsonObject
        {
            ["Path"] = GrantReportLinks.PathOf(token, report.Language),
            ["Due"] = report.DueDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            ["Request"] = report.Request,
        };
        return ActivityResult.Outcomes(TaskActivity.Done);
    }
}
