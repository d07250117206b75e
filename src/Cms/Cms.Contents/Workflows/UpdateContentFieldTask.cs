using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Workflows.Activities;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Workflows;

/// <summary>
/// Sets one field of the item to the rendered <c>Value</c>: <c>FieldName</c> in <c>PartName</c> (by default the
/// type's own part), its property <c>ValueProperty</c> ("Text" unless set). Saves a new draft, or publishes it
/// when <c>Publish</c> is true.
/// </summary>
public sealed class UpdateContentFieldTask(IStringLocalizer<ContentWorkflowStrings> T, ContentManager contents, LtkDbContext db) : ContentTaskActivity(db)
{
    public override string Name => nameof(UpdateContentFieldTask);

    public override string DisplayName => "Update a content field";

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) => [new(TaskActivity.Done, T["Done"])];

    public override string Description => "Sets one field of the item to a value and saves a new draft, or publishes it.";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        ContentSetting,
        new("PartName", "Part", ActivitySettingKind.Text) { Hint = "The technical name of the part the field is in; empty: the type's own part." },
        new("FieldName", "Field", ActivitySettingKind.Text) { Required = true, Hint = "The field's technical name, e.g. Status." },
        new("ValueProperty", "Value property", ActivitySettingKind.Text) { Hint = "Which property of the field is set; empty: Text." },
        new("Value", "Value", ActivitySettingKind.Liquid) { Hint = "A Liquid template, e.g. {{ Properties.Decision }}." },
        new("Publish", "Publish the item afterwards", ActivitySettingKind.YesNo),
    ];

    public override IEnumerable<ActivitySettingError> ValidateSettings(ActivityRecord activity)
    {
        if (string.IsNullOrWhiteSpace(ActivityContext.SettingOf(activity, "FieldName")))
        {
            yield return new("FieldName", T["Name the field to update (FieldName)."]);
        }
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var id = await ContentItemIdAsync(context, cancellationToken);
        if (IsBeingSaved(id))
        {
            return ActivityResult.ContinueAfterCommit();
        }

        var latest = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken)
            ?? throw new InvalidOperationException($"Content item '{id}' does not exist.");
        var value = await context.RenderSettingAsync("Value", cancellationToken);
        var edited = latest.CloneAsNewVersion();
        var part = edited.Part(context.Setting("PartName") is { Length: > 0 } partName ? partName : latest.ContentType);
        var fieldName = context.Setting("FieldName")!;
        if (part[fieldName] is not System.Text.Json.Nodes.JsonObject field)
        {
            field = [];
            part[fieldName] = field;
        }

        field[context.Setting("ValueProperty") is { Length: > 0 } property ? property : "Text"] = value;
        await contents.UpdateAsync(edited, latest.ContentItemVersionId, publish: context.Setting("Publish") == "true", cancellationToken: cancellationToken);
        return ActivityResult.Outcomes(TaskActivity.Done);
    }
}
