using System.Text.Json.Nodes;

namespace Cms.Workflows.Services;

/// <summary>
/// Something that happened, for the engine: the event activity's <paramref name="Name"/> (e.g. "ContentPublishedEvent"),
/// what it is about (<paramref name="CorrelationId"/>, e.g. the item's id), its data, and <paramref name="EventId"/>:
/// the same id delivered twice is handled once (decision 0025); null means no deduplication.
/// </summary>
public sealed record WorkflowEvent(string Name, JsonObject? Input = null, string? CorrelationId = null, string? EventId = null);
