namespace LtkSite.Bench;

/// <summary>What one target did during the measured seconds (the warm-up is not counted).</summary>
public sealed record LoadResult(
    Target Target,
    long Requests,
    long Errors,
    double RequestsPerSecond,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    long BytesPerResponse);
