namespace Cms.Core.Work;

/// <summary>What a handler reports for one row: done, or to be tried again later without it counting as a failure.</summary>
public sealed record WorkResult
{
    private WorkResult(DateTime? laterUtc, string? reason)
    {
        LaterUtc = laterUtc;
        Reason = reason;
    }

    public static WorkResult Done { get; } = new(null, null);

    /// <summary>Not now (e.g. a rate limit): the row is due again at <paramref name="dueUtc"/>, with the reason kept as its last error.</summary>
    public static WorkResult Later(DateTime dueUtc, string reason) => new(dueUtc, reason);

    public DateTime? LaterUtc { get; }

    public string? Reason { get; }
}
