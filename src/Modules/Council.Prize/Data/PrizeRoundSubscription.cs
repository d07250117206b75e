namespace Council.Prize.Data;

/// <summary>
/// A visitor who asked to be told when the next round opens (confirmed by a link first); the row is deleted once the
/// mail has gone, so no address is kept longer than it is needed.
/// </summary>
public sealed class PrizeRoundSubscription
{
    public long Id { get; set; }

    public string Email { get; set; } = "";

    /// <summary>The visitor's language ("da" or "en").</summary>
    public string Culture { get; set; } = "da";

    /// <summary>The hash of the token in the confirm and unsubscribe links.</summary>
    public string TokenHash { get; set; } = "";

    public DateTime RequestedUtc { get; set; }

    public DateTime? ConfirmedUtc { get; set; }
}
