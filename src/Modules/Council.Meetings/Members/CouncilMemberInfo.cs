namespace Council.Meetings.Members;

/// <summary>A council member as meetings use them: the member item's id, the name and the organisation they represent.</summary>
public sealed record CouncilMemberInfo(string ContentItemId, string Name, string Organisation);
