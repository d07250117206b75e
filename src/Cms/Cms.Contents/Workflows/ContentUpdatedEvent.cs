using Microsoft.Extensions.Localization;

namespace Cms.Contents.Workflows;

/// <summary>Starts or resumes a workflow when a content item is saved.</summary>
public sealed class ContentUpdatedEvent(IStringLocalizer<ContentWorkflowStrings> T) : ContentEventActivity(T)
{
    public const string EventName = nameof(ContentUpdatedEvent);

    public override string Name => EventName;

    public override string DisplayName => "Content saved";
}
