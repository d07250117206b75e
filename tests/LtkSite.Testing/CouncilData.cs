using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.Data;
using Council.Meetings.Agenda;
using Council.Meetings.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Testing;

/// <summary>What the council tests put on a site, each in a scope of its own like a request: terms, members, meetings, items.</summary>
public static class CouncilData
{
    public static Task<string> CreateTermAsync(SiteFactory site, int start, int end) =>
        site.WithScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("CouncilTerm");
            item.Part(PartNames.Title)["Title"] = $"{start}–{end}";
            item.Content["CouncilTerm"] = new JsonObject { ["StartYear"] = new JsonObject { ["Value"] = start }, ["EndYear"] = new JsonObject { ["Value"] = end } };
            return (await contents.CreateAsync(item, publish: true)).ContentItemId;
        });

    public static Task<string> CreateMemberAsync(SiteFactory site, string name, string organisation, string termId) =>
        site.WithScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("CouncilMember");
            item.Part(PartNames.Title)["Title"] = name;
            item.Content["CouncilMember"] = new JsonObject
            {
                ["Organisation"] = new JsonObject { ["Text"] = organisation },
                ["RepresentsRefugeesAndImmigrants"] = new JsonObject { ["Value"] = false },
                ["Role"] = new JsonObject { ["Values"] = new JsonArray("member") },
                ["Term"] = new JsonObject { ["ContentItemIds"] = new JsonArray(termId) },
            };
            return (await contents.CreateAsync(item, publish: true)).ContentItemId;
        });

    /// <summary>A planned meeting at 17:00 Danish time, with the default deadlines.</summary>
    public static Task<long> CreateMeetingAsync(SiteFactory site, DateOnly date, string place = "Lyngby Rådhus, mødesal 1") =>
        site.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LtkDbContext>();
            // The setup recipe plans the council's meetings of 2027: a meeting on that date is that one, as the admin's
            // planning would find it (a second meeting on the same day would split the routing between them).
            if (await db.Set<Meeting>().FirstOrDefaultAsync(m => m.Date == date) is { } planned)
            {
                planned.Place = place;
                await db.SaveChangesAsync();
                return planned.Id;
            }

            var meeting = new Meeting
            {
                StartsUtc = date.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc),
                Date = date,
                Place = place,
                ItemDeadline = date.AddDays(-Meeting.DefaultItemDeadlineDays),
                AgendaDeadline = date.AddDays(-Meeting.DefaultAgendaDeadlineDays),
                CreatedUtc = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
                ModifiedUtc = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
                ConcurrencyStamp = Guid.NewGuid(),
            };
            db.Set<Meeting>().Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });

    /// <summary>Marks an item ready as a module does, and says how it is described to the public (organisation "" for a private person).</summary>
    public static Task<AgendaPlacement> EnqueueAsync(SiteFactory site, string sourceId, string title, string applicant, string? cvr, string publicOrganisation)
    {
        TestAgendaSource.Items[sourceId] = (title, publicOrganisation);
        return site.WithScopeAsync(async services =>
        {
            var placement = await services.GetRequiredService<IAgendaRouting>().EnqueueAsync(
                new AgendaItemRequest(TestAgendaSource.ItemKind, sourceId, title, applicant, cvr, services.GetRequiredService<TimeProvider>().GetUtcNow()), CancellationToken.None);
            await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
            return placement;
        });
    }

    public static Task RecordOutcomeAsync(SiteFactory site, string sourceId, AgendaItemOutcome outcome, string text) =>
        site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IAgendaRouting>().RecordOutcomeAsync(TestAgendaSource.ItemKind, sourceId, outcome, text, CancellationToken.None);
            return await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        });

    public static Task AttendAsync(SiteFactory site, long meetingId, string memberId, string name, bool present) =>
        site.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LtkDbContext>();
            db.Set<MeetingAttendance>().Add(new MeetingAttendance { MeetingId = meetingId, MemberContentItemId = memberId, MemberName = name, Present = present });
            return await db.SaveChangesAsync();
        });

    /// <summary>The fields of the content editor at <paramref name="url"/> as a browser would post them, with some set to new values.</summary>
    public static async Task<List<KeyValuePair<string, string>>> EditorFieldsAsync(HttpClient client, string url, IReadOnlyDictionary<string, string> changes)
    {
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(url));
        var form = document.QuerySelectorAll("form[method=post]").First(f => f.QuerySelector("[name=BaseVersionId]") is not null);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            var type = element.GetAttribute("type") ?? "";
            if (name == "__RequestVerificationToken" || type is "submit" or "button" || changes.ContainsKey(name)
                || (type is "checkbox" or "radio" && !element.HasAttribute("checked")))
            {
                continue;
            }

            if (element.LocalName == "select")
            {
                fields.AddRange(element.QuerySelectorAll("option[selected]").Select(o => new KeyValuePair<string, string>(name, o.GetAttribute("value") ?? "")));
            }
            else
            {
                fields.Add(new(name, element.LocalName == "textarea" ? element.TextContent : element.GetAttribute("value") ?? ""));
            }
        }

        fields.AddRange(changes.Select(c => new KeyValuePair<string, string>(c.Key, c.Value)));
        return fields;
    }
}
