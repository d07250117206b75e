namespace Council.Prize.Data;

/// <summary>
/// The prize's round for one year: its amount, when nominations are taken (the closing day counts until 23:59 Danish
/// time), where it is awarded (the year's Kulturfestival) and how far it has come.
/// </summary>
public sealed class PrizeRound
{
    public long Id { get; set; }

    public int Year { get; set; }

    /// <summary>The prize in whole kroner (5.000 kr. in the seed), split between the winners when shared.</summary>
    public decimal AmountKroner { get; set; } = 5000m;

    /// <summary>The first day nominations are taken, a local date.</summary>
    public DateOnly NominationOpens { get; set; }

    /// <summary>The last day nominations are taken, a local date (until 23:59 Danish time).</summary>
    public DateOnly NominationCloses { get; set; }

    /// <summary>The day it is awarded, normally the Kulturfestival's.</summary>
    public DateOnly? AwardDate { get; set; }

    /// <summary>The Festival content item it is awarded at, when there is one.</summary>
    public string? FestivalContentItemId { get; set; }

    public PrizeRoundStatus Status { get; set; } = PrizeRoundStatus.Planned;

    public DateTime? OpenedUtc { get; set; }

    public DateTime? ClosedUtc { get; set; }

    public DateTime? DecidedUtc { get; set; }

    public DateTime? AwardedUtc { get; set; }

    /// <summary>The council's reasons for its choice as a whole (each winner's own are on <see cref="PrizeWinner"/>).</summary>
    public string Justification { get; set; } = "";

    /// <summary>Why the round was cancelled, when it was.</summary>
    public string CancelReason { get; set; } = "";

    public DateTime ModifiedUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}
