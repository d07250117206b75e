using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Activities;

/// <summary>
/// Waits for (or starts on) the signal named by <c>SignalName</c>, e.g. "meeting concluded", sent with
/// <c>WorkflowManager.SignalAsync</c>; the signal's correlation id picks the instances it resumes.
/// </summary>
public sealed class SignalEvent(IStringLocalizer<WorkflowStrings> T) : EventActivity
{
    public const string EventName = nameof(SignalEvent);

    /// <summary>The input property that carries the signal's name.</summary>
    public const string SignalInput = "Signal";

    public override string Name => EventName;

    /// <summary>The event of the signal <paramref name="signal"/>: its input with the signal's name added.</summary>
    public static WorkflowEvent Create(string signal, string? correlationId, JsonObject? input, string? eventId)
    {
        var data = input is null ? [] : (JsonObject)input.DeepClone();
        data[SignalInput] = signal;
        return new WorkflowEvent(EventName, data, correlationId, eventId);
    }

    public override string DisplayName => "Signal";

    public override string Category => "Events";

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) => [new(Done, T["Done"])];

    public override IEnumerable<string> Validate(ActivityRecord activity)
    {
        if (string.IsNullOrWhiteSpace(ActivityContext.SettingOf(activity, "SignalName")))
        {
            yield return "Name the signal it waits for (SignalName).";
        }
    }

    public override async Task<bool> CanExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var wanted = await context.RenderSettingAsync("SignalName", cancellationToken);
        return context.Event?.Input?[SignalInput] is { } signal && signal.GetValueKind() == JsonValueKind.String
            && string.Equals(signal.GetValue<string>(), wanted, StringComparison.OrdinalIgnoreCase);
    }
}
