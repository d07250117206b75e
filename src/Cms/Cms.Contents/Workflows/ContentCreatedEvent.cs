using Microsoft.Extensions.Localization;

namespace Cms.Contents.Workflows;

/// <summary>Starts or resumes a workflow when a content item is created.</summary>
public sealed class ContentCreatedEvent(IStringLocalizer<ContentWorkflowStrings> T) : ContentEventActivity(T)
{
    public const string EventName = nameof(ContentCreatedEvent);

    public override string Name => EventName;

    public override string DisplayName => "Content created";
}
