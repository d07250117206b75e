using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Workflows.Activities.Settings;
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

    public override string Description => "Starts the workflow or waits for a signal such as \"meeting concluded\"; the signal's correlation id picks the instances it resumes.";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("SignalName", "Signal name", ActivitySettingKind.Liquid) { Required = true, Hint = "The name the signal is sent with, e.g. meeting concluded (Liquid may compute it)." },
    ];

    public override IEnumerable<ActivitySettingError> ValidateSettings(ActivityRecord activity)
    {
        if (string.IsNullOrWhiteSpace(ActivityContext.SettingOf(activity, "SignalName")))
        {
            yield return new("SignalName", T["Name the signal it waits for (SignalName)."]);
        }
    }

    public override async Task<bool> CanExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var wanted = await context.RenderSettingAsync("SignalName", cancellationToken);
        return context.Event?.Input?[SignalInput] is { } signal && signal.GetValueKind() == JsonValueKind.String
            && string.Equals(signal.GetValue<string>(), wanted, StringComparison.OrdinalIgnoreCase);
    }
}
