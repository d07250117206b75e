using System.Text.Json.Nodes;

namespace Cms.Workflows.Signals;

/// <summary>A queued signal: its name, correlation id and input.</summary>
public sealed record SignalPayload(string Name, string? CorrelationId, JsonObject? Input);
