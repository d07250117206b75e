using System.Text.Json.Nodes;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Activities;

/// <summary>
/// Brings forked branches together: <c>Mode</c> "WaitAll" (the default) goes on once every transition into it has
/// arrived, "WaitAny" on the first. Which have arrived is the activity's state in the instance, so branches may
/// arrive in different runs (one resumed days later).
/// </summary>
public sealed class JoinTask(IStringLocalizer<WorkflowStrings> T) : Activity
{
    public const string Joined = "Joined";

    public override string Name => nameof(JoinTask);

    public override string DisplayName => "Join";

    public override string Category => "Control flow";

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) => [new(Joined, T["Joined"])];

    public override string Description => "Brings forked branches together again: when all have arrived, or at the first.";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("Mode", "Go on", ActivitySettingKind.Choice)
        {
            Hint = "Every transition into the join is a branch it waits for.",
            Options = [new("WaitAll", "When every branch has arrived"), new("WaitAny", "At the first branch that arrives")],
        },
    ];

    public override IEnumerable<string> Validate(ActivityRecord activity)
    {
        if (ActivityContext.SettingOf(activity, "Mode") is { } mode && mode is not ("WaitAll" or "WaitAny"))
        {
            yield return T["Mode is 'WaitAll' or 'WaitAny', not '{0}'.", mode];
        }
    }

    public override Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state["Arrived"] is not JsonArray arrived)
        {
            arrived = [];
            state["Arrived"] = arrived;
        }

        if (context.IncomingTransition is { } via)
        {
            var key = Key(via);
            if (!arrived.Any(a => a?.GetValue<string>() == key))
            {
                arrived.Add(key);
            }
        }

        var waitAny = context.Setting("Mode") == "WaitAny";
        if (waitAny)
        {
            // The first branch joins; later ones stop here until every branch has arrived and the join is reset.
            var first = state["Fired"]?.GetValue<bool>() != true;
            state["Fired"] = true;
            ResetWhenAllArrived(context, state, arrived);
            return Task.FromResult(first ? ActivityResult.Outcomes(Joined) : ActivityResult.Noop());
        }

        if (ResetWhenAllArrived(context, state, arrived))
        {
            return Task.FromResult(ActivityResult.Outcomes(Joined));
        }

        return Task.FromResult(ActivityResult.Noop());
    }

    private static bool ResetWhenAllArrived(ActivityContext context, JsonObject state, JsonArray arrived)
    {
        var required = context.Definition.Into(context.Activity.ActivityId).Select(Key).ToHashSet(StringComparer.Ordinal);
        if (!required.All(r => arrived.Any(a => a?.GetValue<string>() == r)))
        {
            return false;
        }

        state.Remove("Arrived");
        state.Remove("Fired");
        return true;
    }

    private static string Key(TransitionRecord transition) => $"{transition.SourceActivityId}:{transition.SourceOutcomeName}";
}
