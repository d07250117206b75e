using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Workflows.Activities;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Workflows;

/// <summary>Publishes the latest version of the item (Orchard's PublishContentTask); an item already live stays as it is.</summary>
public sealed class PublishContentTask(IStringLocalizer<ContentWorkflowStrings> T, ContentManager contents, LtkDbContext db) : ContentTaskActivity(db)
{
    public const string Published = nameof(Published);

    public override string Name => nameof(PublishContentTask);

    public override string DisplayName => "Publish content";

    public override string Description => "Publishes the latest version of the item; an item already on the site stays as it is.";

    public override IReadOnlyList<ActivitySetting> Settings { get; } = [ContentSetting];

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) => [new(Published, T["Published"])];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var id = await ContentItemIdAsync(context, cancellationToken);
        if (IsBeingSaved(id))
        {
            return ActivityResult.ContinueAfterCommit();
        }

        if (!await contents.PublishAsync(id, cancellationToken) && await contents.GetAsync(id, VersionOptions.Published, cancellationToken) is null)
        {
            throw new InvalidOperationException($"Content item '{id}' does not exist or was deleted.");
        }

        return ActivityResult.Outcomes(Published);
    }
}
