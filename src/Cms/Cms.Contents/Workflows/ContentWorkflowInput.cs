using System.Text.Json.Nodes;
using Cms.Contents.Events;

namespace Cms.Contents.Workflows;

/// <summary>What a content event gives a workflow as its input (<c>Input.ContentItemId</c>, <c>Input.ContentType</c>, …).</summary>
public static class ContentWorkflowInput
{
    public const string ContentItemId = nameof(ContentItemId);

    public const string ContentType = nameof(ContentType);

    public static JsonObject Of(ContentEvent @event) => new()
    {
        [ContentItemId] = @event.Item.ContentItemId,
        ["ContentItemVersionId"] = @event.Item.ContentItemVersionId,
        [ContentType] = @event.Item.ContentType,
        ["DisplayText"] = @event.Item.DisplayText,
        ["Published"] = @event.Item.Published,
        ["Owner"] = @event.Item.Owner,
    };
}
