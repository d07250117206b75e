namespace Council.Meetings.Conflicts;

/// <summary>An association or organisation a council member leads or represents, with its CVR number when known.</summary>
public sealed class MemberInterest
{
    public string Name { get; set; } = "";

    public string? Cvr { get; set; }
}
