using System.Text.Json.Nodes;
using Cms.Contents.Services;
using Cms.Core.Data;
using Council.Grants.Agenda;
using Council.Meetings.Agenda;
using Council.Meetings.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Testing;

/// <summary>Meetings and grant applications on their agendas, as the secretariat's planning and routing leave them.</summary>
public static class MeetingAgendas
{
    /// <summary>A meeting at 17.00 Danish time on <paramref name="date"/> with the default deadlines.</summary>
    public static Task<long> CreateMeetingAsync(this SiteFactory site, DateOnly date, MeetingStatus status = MeetingStatus.Planned, string place = "Lyngby Rådhus, mødesal 1") =>
        site.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LtkDbContext>();
            var meeting = new Meeting
            {
                StartsUtc = date.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc),
                Date = date,
                Place = place,
                Status = status,
                ItemDeadline = date.AddDays(-Meeting.DefaultItemDeadlineDays),
                AgendaDeadline = date.AddDays(-Meeting.DefaultAgendaDeadlineDays),
                CreatedUtc = DateTime.UtcNow,
                ModifiedUtc = DateTime.UtcNow,
                ConcurrencyStamp = Guid.NewGuid(),
            };
            db.Set<Meeting>().Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });

    public static Task SetMeetingAsync(this SiteFactory site, long meetingId, Action<Meeting> change) =>
        site.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LtkDbContext>();
            change(await db.Set<Meeting>().SingleAsync(m => m.Id == meetingId));
            await db.SaveChangesAsync();
            return true;
        });

    /// <summary>
    /// An application with every answer of the form: a private person's when <paramref name="organisation"/> is empty,
    /// an association's otherwise; budget and financing lines and an attachment's name.
    /// </summary>
    public static Task<string> CreateFullApplicationAsync(this SiteFactory site, string title, string name, string email, string organisation = "", string? cvr = null) =>
        site.WithScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("GrantApplication");
            var answers = new JsonObject
            {
                ["ApplicantKind"] = new JsonObject { ["Values"] = new JsonArray(organisation.Length > 0 ? "association" : "private-person") },
                ["ApplicantName"] = new JsonObject { ["Text"] = name },
                ["Email"] = new JsonObject { ["Email"] = email },
                ["Phone"] = new JsonObject { ["Text"] = "+45 12 34 56 78" },
                ["PreferredLanguage"] = new JsonObject { ["Values"] = new JsonArray("da") },
                ["ProjectTitle"] = new JsonObject { ["Text"] = title },
                ["Description"] = new JsonObject { ["Text"] = "Vi laver mad sammen hver måned med nye og gamle naboer." },
                ["TargetGroup"] = new JsonObject { ["Text"] = "Flygtningefamilier i Lundtofte" },
                ["Beneficiaries"] = new JsonObject { ["Value"] = 40 },
                ["ProjectLeader"] = new JsonObject { ["Text"] = "Fatima Ali" },
                ["CommunityOrientation"] = new JsonObject { ["Text"] = "Alle spiser sammen." },
                ["StartDate"] = new JsonObject { ["Value"] = "2027-05-15" },
                ["EndDate"] = new JsonObject { ["Value"] = "2027-09-30" },
                ["Attachment"] = new JsonObject { ["FileId"] = "0000", ["FileName"] = "budget-madklub.pdf", ["ContentType"] = "application/pdf", ["Length"] = 1000 },
            };
            if (organisation.Length > 0)
            {
                answers["Organisation"] = new JsonObject { ["Text"] = organisation };
            }

            if (cvr is not null)
            {
                answers["Cvr"] = new JsonObject { ["Text"] = cvr };
            }

            item.Content["GrantApplication"] = answers;
            item.Content["GrantBudgetPart"] = new JsonObject
            {
                ["BudgetLines"] = new JsonArray(
                    new JsonObject { ["Item"] = "Leje af fælleshus", ["Amount"] = 6000 },
                    new JsonObject { ["Item"] = "Råvarer", ["Amount"] = 6500 }),
                ["AmountAppliedFor"] = 10000,
                ["FinancingLines"] = new JsonArray(new JsonObject { ["Source"] = "Egenbetaling", ["Amount"] = 2500, ["Secured"] = true }),
            };
            item.Content["FormSubmission"] = new JsonObject { ["Reference"] = $"LTK-2027-{Random.Shared.Next(1000, 9999)}", ["Status"] = "received", ["Culture"] = "da-DK" };
            return (await contents.CreateAsync(item, publish: false)).ContentItemId;
        });

    /// <summary>Marks the application ready (routing) and puts it on that meeting's agenda, moving it there if routing chose another.</summary>
    public static Task<int> PutOnAgendaAsync(this SiteFactory site, long meetingId, string applicationId, string title, string applicant) =>
        site.WithScopeAsync(async services =>
        {
            var routing = services.GetRequiredService<IAgendaRouting>();
            var db = services.GetRequiredService<LtkDbContext>();
            // Ready on the meeting's item deadline: routing itself puts it on that meeting, the first that can take it then.
            var deadline = await db.Set<Meeting>().Where(m => m.Id == meetingId).Select(m => m.ItemDeadline).SingleAsync();
            var ready = new DateTimeOffset(deadline.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
            var placement = await routing.EnqueueAsync(new AgendaItemRequest(GrantAgendaItems.Kind, applicationId, title, applicant, null, ready), CancellationToken.None);
            await db.SaveChangesAsync();

            // The placement's id is known once saved.
            placement = await routing.GetPlacementAsync(GrantAgendaItems.Kind, applicationId, CancellationToken.None) ?? placement;
            if (placement.MeetingId != meetingId)
            {
                placement = await routing.MoveAsync(placement.AgendaItemId, meetingId, "Sat på dette møde i testen", "test", CancellationToken.None);
                await db.SaveChangesAsync();
            }

            return placement.Position;
        });
}
