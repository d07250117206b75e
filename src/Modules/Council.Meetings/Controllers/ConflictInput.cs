namespace Council.Meetings.Controllers;

/// <summary>The declare and withdraw forms of the conflicts page.</summary>
public sealed class ConflictInput
{
    public static readonly IReadOnlyList<string> Order = [nameof(ItemId), nameof(MemberId), nameof(Reason)];

    public long ItemId { get; set; }

    public string MemberId { get; set; } = "";

    public string Reason { get; set; } = "";
}
