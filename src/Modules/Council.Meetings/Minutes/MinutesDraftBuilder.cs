using System.Globalization;
using System.Text;
using Cms.Core.Localization;
using Council.Meetings.Agenda;
using Council.Meetings.Conclusion;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Minutes;

/// <summary>
/// The minutes' first draft (Markdown, in Danish: the council's minutes are Danish), from the meeting: date and place,
/// who was present and absent, the quorum, each item with its decision, and who took no part in which item
/// (forvaltningsloven § 3). Applicants are named as the item's public description names them, so a private person is
/// "en privatperson" (offentlighedsloven § 30).
/// </summary>
public sealed class MinutesDraftBuilder(IEnumerable<IAgendaItemSource> sources, SiteTimeZone siteTime, IStringLocalizer<MeetingStrings> T)
{
    public static string Title(DateOnly date) => "Referat af Integrationsrådets møde den " + date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>The draft, with the items described to the public in Danish.</summary>
    public Task<string> BuildAsync(MeetingFacts facts, CancellationToken cancellationToken) =>
        DanishText.OfAsync(async () =>
        {
            var described = new List<AgendaItemDetails?>(facts.Items.Count);
            foreach (var entry in facts.Items)
            {
                described.Add(sources.FirstOrDefault(s => s.Kind == entry.Item.Kind) is { } source
                    ? await source.DescribeAsync(entry.Item.SourceId, AgendaAudience.Public, cancellationToken)
                    : null);
            }

            return Write(facts, described);
        });

    private string Write(MeetingFacts facts, List<AgendaItemDetails?> described)
    {
        var meeting = facts.Meeting;
        var md = new StringBuilder();
        var starts = siteTime.ToLocal(meeting.StartsUtc);
        md.Append(T["Time: {0} at {1}", meeting.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), starts.ToString("HH.mm", CultureInfo.InvariantCulture)].Value).Append("  \n");
        if (meeting.Place.Length > 0)
        {
            md.Append(T["Place: {0}", meeting.Place].Value).Append('\n');
        }

        md.Append("\n## ").Append(T["Present"].Value).Append("\n\n");
        AppendList(md, facts.Present);
        md.Append("\n## ").Append(T["Absent"].Value).Append("\n\n");
        AppendList(md, facts.Absent);
        md.Append("\n## ").Append(T["Quorum"].Value).Append("\n\n");
        md.Append(facts.PresentIds.Count >= facts.Quorum && facts.Members.Count > 0
            ? T["{0} of the council's {1} members were present. The council had a quorum (at least {2}).", facts.PresentIds.Count, facts.Members.Count, facts.Quorum].Value
            : T["{0} of the council's {1} members were present. The council did not have a quorum (at least {2}).", facts.PresentIds.Count, facts.Members.Count, facts.Quorum].Value).Append('\n');

        md.Append("\n## ").Append(T["Items"].Value).Append('\n');
        if (facts.Items.Count == 0)
        {
            md.Append('\n').Append(T["There were no items on the agenda."].Value).Append('\n');
        }

        for (var i = 0; i < facts.Items.Count; i++)
        {
            var (entry, details) = (facts.Items[i], described[i]);
            var item = entry.Item;
            var title = details?.Title is { Length: > 0 } t ? t : item.Title;
            md.Append("\n### ").Append(T["Item {0}: {1} — {2}", item.Position, title, OutcomeText(item)].Value).Append("\n\n");
            // Without a public description the applicant is not named: it may be a private person.
            if (details is not null)
            {
                var applicant = details.Organisation.Length > 0 ? details.Organisation : T["a private person"].Value;
                md.Append(T["Applicant: {0}", applicant].Value).Append('\n');
            }

            foreach (var conflict in entry.Conflicts)
            {
                md.Append('\n').Append(T["{0} took no part in the treatment of item {1}.", conflict.MemberName, item.Position].Value).Append('\n');
            }
        }

        return md.ToString();
    }

    /// <summary>The decision in one line, or the outcome's name when no line was given.</summary>
    public string OutcomeText(AgendaItem item) => item.OutcomeText is { Length: > 0 } text ? text : item.Outcome switch
    {
        AgendaItemOutcome.Granted => T["Granted"],
        AgendaItemOutcome.PartlyGranted => T["Partly granted"],
        AgendaItemOutcome.Refused => T["Refused"],
        AgendaItemOutcome.Deferred => T["Deferred to the next meeting"],
        AgendaItemOutcome.Decided => T["Decided"],
        _ => T["Not decided"],
    };

    private void AppendList(StringBuilder md, IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            md.Append(T["None"].Value).Append('\n');
            return;
        }

        foreach (var name in names)
        {
            md.Append("- ").Append(name).Append('\n');
        }
    }
}
