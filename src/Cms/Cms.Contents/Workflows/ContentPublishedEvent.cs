using Microsoft.Extensions.Localization;

namespace Cms.Contents.Workflows;

/// <summary>Starts or resumes a workflow when a content item is published.</summary>
public sealed class ContentPublishedEvent(IStringLocalizer<ContentWorkflowStrings> T) : ContentEventActivity(T)
{
    public const string EventName = nameof(ContentPublishedEvent);

    public override string Name => EventName;

    public override string DisplayName => "Content published";
}
