using System.Text.Json;

namespace Cms.Core.Work;

/// <summary>The row a handler works on, as it was claimed.</summary>
public sealed record WorkContext(long Id, string Kind, string Key, string? PayloadJson, int Attempt, DateTime DueUtc)
{
    /// <summary>The payload the caller queued, read back as <typeparamref name="T"/>.</summary>
    public T? Payload<T>() => PayloadJson is null ? default : JsonSerializer.Deserialize<T>(PayloadJson, WorkQueue.Json);
}
