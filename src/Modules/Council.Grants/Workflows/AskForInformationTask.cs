using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Workflows;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Workflows.Activities;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Models;
using Council.Grants.Localization;
using Council.Grants.Screening;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Workflows;

/// <summary>
/// Makes the applicant's private link to answer the secretariat's question, for the mail that follows, as
/// <c>Properties.Information</c>: <c>Path</c> (site-relative, in the applicant's language), <c>Question</c> and
/// <c>Expires</c> (25.11.2026). <c>Mode</c> "Ask" (the default) makes a new request from <c>Question</c> (Liquid; empty: the
/// comment the task was done with, <c>Input.Comment</c>), valid <c>ValidDays</c> days (30 unless set); "Remind" gives the open
/// request a link of its own for a reminder, or ends with "Answered" when there is none. The link is the only copy of its
/// token outside the mail: clear the property after the mail (Set property) so the instance does not keep it.
/// </summary>
public sealed class AskForInformationTask(IStringLocalizer<GrantStrings> T, GrantInformationLinks links, SiteTimeZone siteTime, LtkDbContext db) : ContentTaskActivity(db)
{
    public const string PropertyName = "Information";

    public const string Answered = "Answered";

    public override string Name => nameof(AskForInformationTask);

    public override string DisplayName => "Ask the applicant for information";

    public override string Category => "Grants";

    public override Type StringsType => typeof(GrantStrings);

    public override string Description => "Makes a private link where the applicant answers the secretariat's question and adds files without signing in; the mail after it sends the link (Properties.Information.Path).";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        ContentSetting,
        new("Mode", "What it does", ActivitySettingKind.Choice)
        {
            Options = [new("Ask", "Ask a new question"), new("Remind", "A new link to the open question, for a reminder")],
        },
        new("Question", "Question", ActivitySettingKind.Liquid) { Lines = 3, Hint = "What the applicant is asked for; empty: the comment the task was done with ({{ Input.Comment }})." },
        new("ValidDays", "Valid for (days)", ActivitySettingKind.Text) { Default = "30", Hint = "How many days the link works; 30 unless set." },
    ];

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) => [new(TaskActivity.Done, T["Done"]), new(Answered, T["Answered"])];

    public override IEnumerable<ActivitySettingError> ValidateSettings(ActivityRecord activity)
    {
        if (ActivityContext.SettingOf(activity, "Mode") is { Length: > 0 } mode && mode is not ("Ask" or "Remind"))
        {
            yield return new("Mode", T["Mode is 'Ask' or 'Remind', not '{0}'.", mode]);
        }

        if (ActivityContext.SettingOf(activity, "ValidDays") is { Length: > 0 } days && !(int.TryParse(days, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 365))
        {
            yield return new("ValidDays", T["ValidDays is a number of days from 1 to 365, not '{0}'.", days]);
        }
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var id = await ContentItemIdAsync(context, cancellationToken);
        string token;
        Data.GrantInformationRequest request;
        if (context.Setting("Mode") == "Remind")
        {
            if (await links.RemindAsync(id, cancellationToken) is not { } reminder)
            {
                return ActivityResult.Outcomes(Answered);
            }

            (token, request) = reminder;
        }
        else
        {
            var question = (await context.RenderSettingAsync("Question", cancellationToken)).Trim();
            if (question.Length == 0)
            {
                question = context.Input["Comment"]?.GetValue<string>()?.Trim() ?? "";
            }

            if (question.Length == 0)
            {
                throw new InvalidOperationException("There is no question to ask the applicant: set Question, or require a comment for the task's action (CommentRequired).");
            }

            var days = int.TryParse(context.Setting("ValidDays"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 30;
            token = links.Ask(id, question, GrantInformationLinks.Language(context.Input["Culture"]?.GetValue<string>()), TimeSpan.FromDays(days), out request);
        }

        context.Properties[PropertyName] = new JsonObject
        {
            ["Path"] = GrantInformationLinks.PathOf(token, request.Language),
            ["Question"] = request.Question,
            ["Expires"] = siteTime.ToLocal(request.ExpiresUtc).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        };
        return ActivityResult.Outcomes(TaskActivity.Done);
    }
}
