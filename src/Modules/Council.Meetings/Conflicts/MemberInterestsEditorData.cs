namespace Council.Meetings.Conflicts;

/// <summary>What the register editor shows besides its inputs: how many rows.</summary>
public sealed record MemberInterestsEditorData(int Rows);
