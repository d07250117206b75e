using System.Globalization;
using System.Text.Json;
using Cms.Workflows.Activities;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Tasks;

/// <summary>
/// Leaves a task for people in <c>Roles</c> and halts until one of them takes one of its <c>Actions</c>, which is the
/// outcome the workflow goes on along. Settings: <c>Title</c> and <c>Instructions</c> (Liquid), and a due time as
/// <c>DueDate</c> (Liquid giving a date, read in the site's time zone unless it names an offset) or <c>DueAfter</c> (a
/// time span such as <c>3.00:00:00</c>). <c>CommentRequired</c> lists the actions that need a written reason (a refusal must
/// state its reasons). Answers to Orchard's <c>UserTaskEvent</c>, whose <c>Actions</c> and
/// <c>Roles</c> lists it reads as they are.
/// </summary>
public sealed class UserTask(IStringLocalizer<WorkflowStrings> T, TaskCreator creator) : EventActivity
{
    public const string EventName = nameof(UserTask);

    /// <summary>The completion event's input: which task, which action, and the comment written with it.</summary>
    public const string TaskIdInput = "TaskId";

    public const string ActionInput = "UserAction";

    public const string CommentInput = "Comment";

    internal const string StateTaskId = "TaskId";

    internal const string StateExecutions = "Executions";

    public override string Name => EventName;

    public override IReadOnlyList<string> OrchardNames => ["UserTaskEvent"];

    public override string DisplayName => "User task";

    public override string Category => "Tasks";

    public override string Description => "Leaves a task in the inbox of the chosen roles and waits until someone takes one of its actions; the workflow goes on along that action.";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("Title", "Task title", ActivitySettingKind.Liquid) { Hint = "What the inbox shows, e.g. Treat the application {{ Input.DisplayText }}; empty: the activity's title." },
        new("Instructions", "Instructions", ActivitySettingKind.Liquid) { Hint = "What the person should do, as a Liquid template; shown on the task's page.", Lines = 5 },
        new("Roles", "Roles", ActivitySettingKind.Roles) { Required = true, Hint = "The members of these roles see the task and can act on it." },
        new("DueAfter", "Due after", ActivitySettingKind.Duration) { Hint = "Days.hours:minutes:seconds after the task is created, e.g. 3.00:00:00 for three days; an overdue task is escalated." },
        new("DueDate", "Due date", ActivitySettingKind.Liquid) { Hint = "Instead of a time span: a Liquid template giving a date, e.g. {{ Input.Deadline }} or 24.12.2026 12:00." },
        new("Actions", "Actions", ActivitySettingKind.List) { Required = true, Hint = "One a line, e.g. Approve and Reject; each is a button on the task and an outcome of the activity." },
        new("CommentRequired", "Actions that need a written reason", ActivitySettingKind.List) { Hint = "One a line, each one of the actions, e.g. Reject; the task cannot be done with it until a reason is written." },
    ];

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) =>
        ActivityContext.ListOf(activity, "Actions").Distinct(StringComparer.Ordinal).Select(a => new ActivityOutcome(a, new LocalizedString(a, a))).ToList();

    public override IEnumerable<ActivitySettingError> ValidateSettings(ActivityRecord activity)
    {
        var actions = ActivityContext.ListOf(activity, "Actions");
        if (actions.Count == 0 || actions.Any(string.IsNullOrWhiteSpace))
        {
            yield return new("Actions", T["List the actions a person can take (Actions), each a name that becomes an outcome."]);
        }
        else if (actions.Any(a => a.Contains('\n', StringComparison.Ordinal) || a.Length > 100))
        {
            yield return new("Actions", T["An action name (Actions) is one line of at most 100 characters."]);
        }

        if (ActivityContext.ListOf(activity, "CommentRequired").FirstOrDefault(a => !actions.Contains(a, StringComparer.Ordinal)) is { } unknown)
        {
            yield return new("CommentRequired", T["'{0}' needs a reason (CommentRequired) but is not one of the actions.", unknown]);
        }

        if (ActivityContext.ListOf(activity, "Roles").Count == 0)
        {
            yield return new("Roles", T["Name the roles whose members get the task (Roles), e.g. [\"Secretariat\"]."]);
        }

        if (ActivityContext.SettingOf(activity, "DueAfter") is { Length: > 0 } after && !TryParseOffset(after, out _))
        {
            yield return new("DueAfter", T["DueAfter '{0}' is not a time span; write days.hours:minutes:seconds, e.g. 3.00:00:00 for three days.", after]);
        }
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var task = await creator.OpenAsync(context, cancellationToken);
        context.State[StateTaskId] = task.TaskId;
        return ActivityResult.Halt();
    }

    /// <summary>Only the completion of this execution's own task resumes it.</summary>
    public override Task<bool> CanExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        Task.FromResult(TextOf(context.Event?.Input?[TaskIdInput]) is { } taskId && taskId == TextOf(context.State[StateTaskId]));

    public override Task<ActivityResult> ResumeAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var action = TextOf(context.Event?.Input?[ActionInput]);
        if (action is null || !ActivityContext.ListOf(context.Activity, "Actions").Contains(action, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"The task was completed with the action '{action}', which the activity does not have.");
        }

        return Task.FromResult(ActivityResult.Outcomes(action).WithNote(TextOf(context.Event?.Input?[CommentInput])));
    }

    internal static bool TryParseOffset(string text, out TimeSpan offset) =>
        TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out offset) && offset >= TimeSpan.Zero;

    private static string? TextOf(System.Text.Json.Nodes.JsonNode? node) =>
        node is System.Text.Json.Nodes.JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
