using System.Text.Json.Nodes;
using Cms.Contents.Services;
using Cms.Core.Data;
using Council.Grants.Agenda;
using Council.Grants.Services;
using Council.Meetings.Agenda;
using Council.Meetings.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Testing;

/// <summary>
/// Applications of a chosen pool year (the year they were submitted), meetings as rows, and applications put on a
/// meeting's agenda through the routing, as the decision tests need them.
/// </summary>
public static class DecisionCases
{
    public static Task<string> ApplicationAsync(SiteFactory site, int year, string title, decimal applied, string organisation = "Foreningen Fællesskab", string kind = "association", string name = "Amina Hassan") =>
        site.WithScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("GrantApplication");
            var answers = new JsonObject
            {
                ["ApplicantKind"] = new JsonObject { ["Values"] = new JsonArray(kind) },
                ["ApplicantName"] = new JsonObject { ["Text"] = name },
                ["Email"] = new JsonObject { ["Email"] = "ansoeger@example.org" },
                ["PreferredLanguage"] = new JsonObject { ["Values"] = new JsonArray("da") },
                ["ProjectTitle"] = new JsonObject { ["Text"] = title },
            };
            if (organisation.Length > 0)
            {
                answers["Organisation"] = new JsonObject { ["Text"] = organisation };
            }

            item.Content["GrantApplication"] = answers;
            item.Content["GrantBudgetPart"] = new JsonObject
            {
                ["BudgetLines"] = new JsonArray(new JsonObject { ["Item"] = "Udgifter", ["Amount"] = applied }),
                ["AmountAppliedFor"] = applied,
            };
            // Submitted in the pool year the test works in, so each test has a pool of its own.
            item.Content["GrantApplicationPart"] = new JsonObject { ["SubmittedUtc"] = new DateTime(year, 1, 5, 10, 0, 0, DateTimeKind.Utc).ToString("O") };
            return (await contents.CreateAsync(item, publish: false)).ContentItemId;
        });

    /// <summary>Sets up the year's pool as the pool page saves it (no index factor).</summary>
    public static Task<bool> PoolAsync(SiteFactory site, int year, decimal amount, bool show = false) =>
        site.WithScopeAsync(async services =>
        {
            var pool = await services.GetRequiredService<GrantPoolLedger>().LoadForUpdateAsync(year, CancellationToken.None);
            pool.Amount = amount;
            pool.PriceLevelYear = year;
            pool.IndexFactor = null;
            pool.ShowRemainingOnPage = show;
            pool.ModifiedUtc = DateTime.UtcNow;
            pool.ConcurrencyStamp = Guid.NewGuid();
            await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
            services.GetRequiredService<GrantPoolPageState>().Changed();
            return true;
        });

    public static Task<long> MeetingAsync(SiteFactory site, DateOnly date, MeetingStatus status = MeetingStatus.Planned) =>
        site.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LtkDbContext>();
            var meeting = new Meeting
            {
                StartsUtc = date.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc),
                Date = date,
                Place = "Lyngby Rådhus",
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

    /// <summary>Marks the application ready and, when the routing put it elsewhere (another test's meeting), moves it to this one.</summary>
    public static Task PutOnAgendaAsync(SiteFactory site, string applicationId, long meetingId, string title = "Projekt", string applicant = "Foreningen Fællesskab") =>
        site.WithScopeAsync(async services =>
        {
            var routing = services.GetRequiredService<IAgendaRouting>();
            var db = services.GetRequiredService<LtkDbContext>();
            await routing.EnqueueAsync(new AgendaItemRequest(GrantAgendaItems.Kind, applicationId, title, applicant, null, new DateTimeOffset(2027, 1, 1, 9, 0, 0, TimeSpan.Zero)), CancellationToken.None);
            await db.SaveChangesAsync();
            // The item's id is known once saved.
            var placement = (await routing.GetPlacementAsync(GrantAgendaItems.Kind, applicationId, CancellationToken.None))!;
            if (placement.MeetingId != meetingId)
            {
                await routing.MoveAsync(placement.AgendaItemId, meetingId, "Behandles på dette møde", "admin", CancellationToken.None);
                await db.SaveChangesAsync();
            }

            return true;
        });

    /// <summary>Concludes the meeting as the council's conclusion will: held, decisions sent.</summary>
    public static Task ConcludeAsync(SiteFactory site, long meetingId) =>
        site.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LtkDbContext>();
            var meeting = await db.Set<Meeting>().SingleAsync(m => m.Id == meetingId);
            meeting.Status = MeetingStatus.Held;
            meeting.ConcludedUtc = DateTime.UtcNow;
            meeting.ConcurrencyStamp = Guid.NewGuid();
            await db.SaveChangesAsync();
            return true;
        });

    public static Task<AgendaItem> AgendaItemAsync(SiteFactory site, string applicationId) =>
        site.WithScopeAsync(services => services.GetRequiredService<LtkDbContext>().Set<AgendaItem>().AsNoTracking()
            .SingleAsync(i => i.Kind == GrantAgendaItems.Kind && i.SourceId == applicationId));
}
