using Cms.Workflows.Activities;

namespace Cms.Contents.Workflows;

/// <summary>A task on a content item: <c>Content</c> (a Liquid template) gives its id, by default the item the workflow is about.</summary>
public abstract class ContentTaskActivity : Activity
{
    public override string Category => "Content";

    protected static async Task<string> ContentItemIdAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var id = (await context.RenderSettingAsync("Content", cancellationToken)).Trim();
        if (id.Length == 0)
        {
            id = context.Input[ContentWorkflowInput.ContentItemId]?.GetValue<string>() ?? "";
        }

        return id.Length > 0 ? id : throw new InvalidOperationException("No content item: set Content, or start the workflow on a content event.");
    }
}
