using Microsoft.Extensions.Localization;

namespace Cms.Contents.Workflows;

/// <summary>Starts or resumes a workflow when a content item is deleted.</summary>
public sealed class ContentDeletedEvent(IStringLocalizer<ContentWorkflowStrings> T) : ContentEventActivity(T)
{
    public const string EventName = nameof(ContentDeletedEvent);

    public override string Name => EventName;

    public override string DisplayName => "Content deleted";
}
