namespace Cms.Forms.Services;

/// <summary>What an <see cref="IFormCheck"/> found: errors by the input they concern, and warnings as the citizen reads them.</summary>
public sealed record FormCheckResult(IReadOnlyList<KeyValuePair<string, string>> Errors, IReadOnlyList<string> Warnings)
{
    public static readonly FormCheckResult None = new([], []);
}
