using System.Text.Json;
using Cms.Workflows.Activities;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Workflows;

/// <summary>
/// A content event (created, updated, published, unpublished, deleted) as a workflow event, for the content types
/// in <c>ContentTypeFilter</c> (all when it is empty). Its name is Orchard's, so Orchard exports use it as they are.
/// </summary>
public abstract class ContentEventActivity(IStringLocalizer<ContentWorkflowStrings> T) : EventActivity
{
    public override string Category => "Content";

    public override Type StringsType => typeof(ContentWorkflowStrings);

    public override string Description => "Starts the workflow, or resumes one waiting for it, when a content item of the chosen types has this happen.";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("ContentTypeFilter", "Content types", ActivitySettingKind.ContentTypes) { Hint = "None chosen: items of every type." },
    ];

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) => [new(Done, T["Done"])];

    public override Task<bool> CanExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var filter = ActivityContext.ListOf(context.Activity, "ContentTypeFilter");
        var type = context.Event?.Input?[ContentWorkflowInput.ContentType] is { } node && node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
        return Task.FromResult(filter.Count == 0 || (type is not null && filter.Contains(type, StringComparer.Ordinal)));
    }
}
