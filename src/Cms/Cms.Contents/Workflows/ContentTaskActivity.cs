using Cms.Contents.Models;
using Cms.Core.Data;
using Cms.Workflows.Activities;
using Cms.Workflows.Activities.Settings;
using Microsoft.EntityFrameworkCore;

namespace Cms.Contents.Workflows;

/// <summary>A task on a content item: <c>Content</c> (a Liquid template) gives its id, by default the item the workflow is about.</summary>
public abstract class ContentTaskActivity(LtkDbContext db) : Activity
{
    public override string Category => "Content";

    public override Type StringsType => typeof(ContentWorkflowStrings);

    /// <summary>The setting every content task has: which item.</summary>
    protected static ActivitySetting ContentSetting { get; } =
        new("Content", "Content item", ActivitySettingKind.Liquid) { Hint = "A Liquid template giving the item's id; empty: the item the workflow is about." };

    protected static async Task<string> ContentItemIdAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var id = (await context.RenderSettingAsync("Content", cancellationToken)).Trim();
        if (id.Length == 0)
        {
            id = context.Input[ContentWorkflowInput.ContentItemId]?.GetValue<string>() ?? "";
        }

        return id.Length > 0 ? id : throw new InvalidOperationException("No content item: set Content, or start the workflow on a content event.");
    }

    /// <summary>
    /// Whether the item has changes in this unit of work that are not stored yet: the workflow runs inside the
    /// item's own event, and the content manager reads stored versions, so the task must wait for the commit.
    /// </summary>
    protected bool IsBeingSaved(string contentItemId) =>
        db.ChangeTracker.Entries<ContentItem>().Any(e => e.Entity.ContentItemId == contentItemId && e.State is EntityState.Added or EntityState.Modified);
}
