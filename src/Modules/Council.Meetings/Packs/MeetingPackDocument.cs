using System.Text.RegularExpressions;
using Cms.Documents;
using Council.Meetings.Agenda;
using Council.Meetings.Localization;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Packs;

/// <summary>The members' pack as a document for the PDF writer: the same headings, facts and tables as the HTML pack.</summary>
public static partial class MeetingPackDocument
{
    public static TextDocument Build(MeetingPack pack, IStringLocalizer<PackStrings> T, string language)
    {
        var title = Title(pack, T);
        var document = new TextDocument(title, language) { Author = T["The Integration Council, Lyngby-Taarbæk Kommune"] }
            .Heading(1, title)
            .Facts(MeetingFacts(pack, T).Select(f => new DocumentFact(f.Label, f.Value)))
            .Paragraph(T["The members' pack holds personal data of applicants. Keep it to yourself and delete it after the meeting."])
            .Heading(2, T["Items"]);
        document = pack.Items.Count == 0
            ? document.Paragraph(T["There are no items on the agenda yet."])
            : document.BulletList(pack.Items.Select(i => Overview(i, T)));

        foreach (var item in pack.Items)
        {
            var details = item.Details;
            document.PageBreak().Heading(2, ItemHeading(item, T));
            if (details.Facts.Count > 0)
            {
                document.Facts(details.Facts.Select(f => new DocumentFact(f.Label, f.Value)));
            }

            foreach (var table in details.Tables)
            {
                document.Table(new DocumentTable(table.Caption, table.Headers, table.Rows) { EndAlignedColumns = AmountColumns(table) });
            }

            document.Heading(3, T["Priority flags"]);
            document = details.Flags.Count > 0 ? document.BulletList(details.Flags) : document.Paragraph(T["None."]);
            document.Heading(3, T["Conflicts of interest"]);
            document = item.Conflicts.Count > 0
                ? document.BulletList(item.Conflicts.Select(c => ConflictText(c, T)))
                : document.Paragraph(T["No member is registered with a conflict in this item."]);
            document.Heading(3, T["The secretariat's recommendation"]).Paragraph(details.Recommendation ?? T["No recommendation yet."]);
            document.Heading(3, T["Attachments"]);
            document = details.Attachments.Count > 0 ? document.BulletList(details.Attachments) : document.Paragraph(T["None."]);
            if (details.Decision is { Length: > 0 } decision)
            {
                document.Heading(3, T["Decision"]).Paragraph(decision);
            }
        }

        return document;
    }

    public static string Title(MeetingPack pack, IStringLocalizer<PackStrings> T) =>
        pack.Audience == AgendaAudience.Members
            ? T["Agenda for the council's meeting on {0}, the members' pack", pack.DateText]
            : T["Agenda for the council's meeting on {0}", pack.DateText];

    public static IReadOnlyList<AgendaFact> MeetingFacts(MeetingPack pack, IStringLocalizer<PackStrings> T) =>
    [
        new(T["Date"], pack.DateText),
        new(T["Time"], T["at {0}", pack.TimeText]),
        new(T["Place"], pack.Place.Length > 0 ? pack.Place : T["Not decided yet"]),
        .. pack.Audience == AgendaAudience.Members
            ? [new AgendaFact(T["Item deadline"], pack.ItemDeadlineText), new AgendaFact(T["Agenda deadline"], pack.AgendaDeadlineText)]
            : Array.Empty<AgendaFact>(),
    ];

    public static string ItemHeading(MeetingPackItem item, IStringLocalizer<PackStrings> T) => T["Item {0}: {1}", item.Number, item.Details.Title];

    public static string Overview(MeetingPackItem item, IStringLocalizer<PackStrings> T) =>
        string.Join(" – ", new[] { ItemHeading(item, T), item.Details.Organisation, item.Details.Amount ?? "" }.Where(p => p.Length > 0));

    public static string ConflictText(Conflicts.AgendaConflictView conflict, IStringLocalizer<PackStrings> T) =>
        T[conflict.Declared ? "{0} takes no part in the item (declared: {1})" : "{0} takes no part in the item (register: {1})", conflict.MemberName, conflict.Reason];

    /// <summary>The columns holding amounts ("12.500 kr."), aligned to the right in both packs.</summary>
    public static IReadOnlySet<int> AmountColumns(AgendaTable table) =>
        Enumerable.Range(0, table.Headers.Count)
            .Where(i => table.Rows.Any(r => i < r.Count && r[i].Length > 0)
                && table.Rows.All(r => i >= r.Count || r[i].Length == 0 || Amount().IsMatch(r[i])))
            .ToHashSet();

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})*(,\d+)? kr\.$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Amount();
}
