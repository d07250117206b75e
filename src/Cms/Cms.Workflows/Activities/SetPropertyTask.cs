using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Activities;

/// <summary>Sets <c>PropertyName</c> of the workflow to the rendered <c>Value</c> (Orchard's SetPropertyTask).</summary>
public sealed class SetPropertyTask(IStringLocalizer<WorkflowStrings> T) : TaskActivity(T)
{
    public override string Name => nameof(SetPropertyTask);

    public override string DisplayName => "Set property";

    public override string Category => "Primitives";

    public override string Description => "Stores a value in the workflow's properties, where later activities read it (Properties.Name).";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("PropertyName", "Property name", ActivitySettingKind.Text) { Required = true, Hint = "A name without spaces, e.g. Decision; later activities read it as Properties.Decision." },
        new("Value", "Value", ActivitySettingKind.Liquid) { Hint = "A Liquid template, e.g. {{ Input.Amount }}; true, false and numbers are stored as such, so conditions can compare them." },
    ];

    public override IEnumerable<ActivitySettingError> ValidateSettings(ActivityRecord activity)
    {
        if (string.IsNullOrWhiteSpace(ActivityContext.SettingOf(activity, "PropertyName")))
        {
            yield return new("PropertyName", Strings["Give the property's name (PropertyName)."]);
        }
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var name = context.Setting("PropertyName")!;
        var text = await context.RenderSettingAsync("Value", cancellationToken);
        context.Properties[name] = Typed(text);
        return ActivityResult.Outcomes(Done);
    }

    /// <summary>Templates render text; numbers and true/false are stored as such so conditions can compare them.</summary>
    private static JsonValue Typed(string text) =>
        text switch
        {
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            _ when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && text.Trim() == text => JsonValue.Create(number),
            _ => JsonValue.Create(text),
        };
}
