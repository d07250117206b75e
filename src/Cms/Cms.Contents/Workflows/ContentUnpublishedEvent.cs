using Microsoft.Extensions.Localization;

namespace Cms.Contents.Workflows;

/// <summary>Starts or resumes a workflow when a content item is taken off the site.</summary>
public sealed class ContentUnpublishedEvent(IStringLocalizer<ContentWorkflowStrings> T) : ContentEventActivity(T)
{
    public const string EventName = nameof(ContentUnpublishedEvent);

    public override string Name => EventName;

    public override string DisplayName => "Content taken off the site";
}
