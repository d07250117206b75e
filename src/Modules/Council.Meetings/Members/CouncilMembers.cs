using System.Text.Json.Nodes;
using Cms.Contents.Models;
using Cms.Core.Data;
using Cms.Core.Localization;
using Council.Meetings.Conflicts;
using Microsoft.EntityFrameworkCore;

namespace Council.Meetings.Members;

/// <summary>
/// Reads the published <c>CouncilMember</c> items and their terms (<c>CouncilTerm</c>: StartYear, EndYear). The council
/// has some 23 members, so they are read whole and filtered in memory.
/// </summary>
public sealed class CouncilMembers(LtkDbContext db) : ICouncilMembers
{
    public const string MemberType = "CouncilMember";
    public const string TermType = "CouncilTerm";

    public async Task<IReadOnlyList<CouncilMemberInfo>> CurrentAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var items = await db.Set<ContentItem>().AsNoTracking()
            .Where(i => (i.ContentType == MemberType || i.ContentType == TermType) && i.Published && i.DeletedUtc == null)
            .ToListAsync(cancellationToken);
        var terms = items.Where(i => i.ContentType == TermType)
            .ToDictionary(i => i.ContentItemId, i => (Start: Year(i, "StartYear"), End: Year(i, "EndYear")), StringComparer.Ordinal);
        var members = items.Where(i => i.ContentType == MemberType)
            .Select(i => (Item: i, Term: TermOf(i) is { } id && terms.TryGetValue(id, out var term) ? term : ((int? Start, int? End)?)null))
            .ToList();
        var withTerm = members.Where(m => m.Term is not null).ToList();
        var current = withTerm.Count == 0
            ? members
            : withTerm.Where(m => m.Term!.Value.Start is not { } start || start <= date.Year).Where(m => m.Term!.Value.End is not { } end || end >= date.Year).ToList();
        return [.. current
            .Select(m => new CouncilMemberInfo(m.Item.ContentItemId, Name(m.Item), Text(m.Item, "Organisation") ?? "") { Interests = Interests(m.Item) })
            .OrderBy(m => m.Name, DanishCulture.Comparer)
            .ThenBy(m => m.ContentItemId, StringComparer.Ordinal)];
    }

    /// <summary>The member's register: the organisation the member sits for, then the associations in the register.</summary>
    private static List<MemberInterest> Interests(ContentItem member)
    {
        var list = new List<MemberInterest>();
        if (Text(member, "Organisation") is { } organisation && organisation.Trim().Length > 0)
        {
            list.Add(new MemberInterest { Name = organisation.Trim() });
        }

        list.AddRange(member.As<MemberInterestsPart>().Interests.Where(i => i.Name.Length > 0 || i.Cvr is not null));
        return list;
    }

    private static string Name(ContentItem item) =>
        item.TryGetPart("TitlePart")?["Title"] is JsonValue title && title.TryGetValue<string>(out var text) && text.Length > 0 ? text : item.DisplayText;

    private static string? Text(ContentItem item, string field) =>
        item.TryGetPart(MemberType)?[field]?["Text"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string? TermOf(ContentItem item) =>
        item.TryGetPart(MemberType)?["Term"]?["ContentItemIds"] is JsonArray { Count: > 0 } ids && ids[0] is JsonValue id && id.TryGetValue<string>(out var text) ? text : null;

    private static int? Year(ContentItem item, string field) =>
        item.TryGetPart(TermType)?[field]?["Value"] is JsonValue value && value.TryGetValue<decimal>(out var year) ? (int)year : null;
}
