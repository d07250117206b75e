namespace Council.Meetings.Conflicts;

/// <summary>A member's conflict on an item: who, whether declared by the member or found in the register, and why.</summary>
public sealed record AgendaConflictView(string MemberContentItemId, string MemberName, bool Declared, string Reason);
