namespace Council.Grants.Data;

/// <summary>
/// A private link that lets an applicant answer the secretariat's question without signing in: only the hash of its
/// token is kept. A reminder gets a link of its own for the same request (<see cref="RequestId"/>); an answer through
/// any of them answers the request.
/// </summary>
public sealed class GrantInformationRequest
{
    public long Id { get; set; }

    /// <summary>The request the link is for; the ask and its reminder share it.</summary>
    public string RequestId { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    /// <summary>SHA-256 of the link's token, hex.</summary>
    public string TokenHash { get; set; } = "";

    public string Question { get; set; } = "";

    /// <summary>"da" or "en": the language of the mail and of the page.</summary>
    public string Language { get; set; } = "da";

    public DateTime AskedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public DateTime? AnsweredUtc { get; set; }
}
