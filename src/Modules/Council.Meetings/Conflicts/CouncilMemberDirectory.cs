using System.Text.Json.Nodes;
using Cms.Contents.Models;
using Cms.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Council.Meetings.Conflicts;

/// <summary>The published council members with their registers of interests and terms, read from their content items.</summary>
public sealed class CouncilMemberDirectory(LtkDbContext db)
{
    public const string MemberType = "CouncilMember";
    public const string TermType = "CouncilTerm";

    public async Task<IReadOnlyList<RegisteredMember>> PublishedAsync(CancellationToken cancellationToken)
    {
        var items = await db.Set<ContentItem>().AsNoTracking()
            .Where(i => i.ContentType == MemberType && i.Published && i.DeletedUtc == null)
            .OrderBy(i => i.DisplayText).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        var termIds = items.SelectMany(TermIds).Distinct(StringComparer.Ordinal).ToList();
        var terms = termIds.Count == 0
            ? []
            : (await db.Set<ContentItem>().AsNoTracking()
                .Where(i => i.ContentType == TermType && i.Published && termIds.Contains(i.ContentItemId))
                .ToListAsync(cancellationToken))
                .ToDictionary(t => t.ContentItemId, t => (Start: Year(t, "StartYear"), End: Year(t, "EndYear")), StringComparer.Ordinal);
        return [.. items.Select(i =>
        {
            var term = TermIds(i).Select(id => terms.GetValueOrDefault(id)).FirstOrDefault(t => t.Start is not null);
            return new RegisteredMember(i.ContentItemId, i.DisplayText, Interests(i), term.Start, term.End);
        })];
    }

    /// <summary>
    /// The members of the council in <paramref name="year"/>: those whose term covers it, or every published member when
    /// none has a term.
    /// </summary>
    public async Task<IReadOnlyList<RegisteredMember>> CurrentAsync(int year, CancellationToken cancellationToken)
    {
        var members = await PublishedAsync(cancellationToken);
        return members.Any(m => m.TermStart is not null) ? [.. members.Where(m => m.TermStart is not null && m.ServesIn(year))] : members;
    }

    /// <summary>The member's register: the organisation the member sits for, then the associations in the register.</summary>
    public static IReadOnlyList<MemberInterest> Interests(ContentItem member)
    {
        var list = new List<MemberInterest>();
        if (member.TryGetPart(MemberType)?["Organisation"]?["Text"]?.GetValue<string>() is { Length: > 0 } organisation)
        {
            list.Add(new MemberInterest { Name = organisation.Trim() });
        }

        list.AddRange(member.As<MemberInterestsPart>().Interests.Where(i => i.Name.Length > 0 || i.Cvr is not null));
        return list;
    }

    private static IEnumerable<string> TermIds(ContentItem member) =>
        member.TryGetPart(MemberType)?["Term"]?["ContentItemIds"] is JsonArray ids
            ? ids.Select(n => n?.GetValue<string>()).OfType<string>()
            : [];

    private static int? Year(ContentItem term, string field) =>
        term.TryGetPart(TermType)?[field]?["Value"] is JsonValue value && value.TryGetValue<decimal>(out var year) ? (int)year : null;
}
