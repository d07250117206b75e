namespace Council.Grants.Data;

/// <summary>A private link to a report: only its token's hash is kept. A reminder gets a link of its own to the same report.</summary>
public sealed class GrantReportLink
{
    public long Id { get; set; }

    public long GrantReportId { get; set; }

    /// <summary>SHA-256 of the link's token, hex.</summary>
    public string TokenHash { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
