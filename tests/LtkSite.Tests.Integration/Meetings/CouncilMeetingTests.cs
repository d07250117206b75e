using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Cms.Core.Data;
using Cms.Workflows.Models;
using Council.Meetings.Conflicts;
using Council.Meetings.Data;
using LtkSite.Testing;
using LtkSite.Tests.Integration.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LtkSite.Tests.Integration.Workflows.WorkflowTypeBuilder;

namespace LtkSite.Tests.Integration.Meetings;

public sealed class CouncilMeetingTests_Sqlite(SqliteCouncilSiteFixture fixture) : CouncilMeetingTests<SqliteCouncilSiteFixture>(fixture), IClassFixture<SqliteCouncilSiteFixture>;

public sealed class CouncilMeetingTests_Postgres(PostgresCouncilSiteFixture fixture) : CouncilMeetingTests<PostgresCouncilSiteFixture>(fixture), IClassFixture<PostgresCouncilSiteFixture>;

/// <summary>
/// The council's meeting of 04.03.2027 from the secretariat's side, through the admin pages: members' registers flag their
/// associations' applications, a declared conflict, the conclusion refused without decisions and without a quorum and then
/// made (once, resuming each waiting workflow once), and the minutes from draft to the published page without a private
/// person's name.
/// </summary>
public abstract class CouncilMeetingTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : CouncilSiteFixture
{
    [Fact]
    public async Task A_meeting_goes_from_conflicts_through_its_conclusion_to_published_minutes()
    {
        var term = await CouncilData.CreateTermAsync(Site, 2026, 2029);
        var anna = await CouncilData.CreateMemberAsync(Site, "Anna Jensen", "Lyngby Boldklub", term);
        var bo = await CouncilData.CreateMemberAsync(Site, "Bo Nielsen", "Dansk Flygtningehjælp Lyngby", term);
        var carl = await CouncilData.CreateMemberAsync(Site, "Carl Petersen", "Lyngby-Taarbæk Ungdomsskole", term);
        var dorte = await CouncilData.CreateMemberAsync(Site, "Dorte Larsen", "Ældre Sagen", term);
        var march = await CouncilData.CreateMeetingAsync(Site, new DateOnly(2027, 3, 4));
        var june = await CouncilData.CreateMeetingAsync(Site, new DateOnly(2027, 6, 3));
        var prefix = $"/admin/meetings/{march}";

        Assert.Equal(march, (await CouncilData.EnqueueAsync(Site, "council-item-1", "Fællesspisning for nye naboer", "Nydanske Kvinder forening", null, "Nydanske Kvinder")).MeetingId);
        await CouncilData.EnqueueAsync(Site, "council-item-2", "Sommerlejr", "Cafe Faellesskab Lyngby", "29403573", "Café Fællesskab");
        await CouncilData.EnqueueAsync(Site, "council-item-3", "Lektiehjælp", "Fatima Hansen", null, "");
        await CouncilData.EnqueueAsync(Site, "council-item-4", "Fodboldskole", "LYNGBY  BOLDKLUB A/S", null, "Lyngby Boldklub");
        await Client.LoginAsAdminAsync();

        // Bo's register, saved in the member's editor after the items joined the agenda: a wrong CVR is refused, values kept.
        var edit = $"/admin/content/{bo}/edit";
        var register = new Dictionary<string, string>
        {
            ["MemberInterestsPart.Interests[0].Name"] = "Foreningen Nydanske Kvinder",
            ["MemberInterestsPart.Interests[0].Cvr"] = "",
            ["MemberInterestsPart.Interests[1].Name"] = "Café Fællesskab ApS",
            ["MemberInterestsPart.Interests[1].Cvr"] = "2940 357",
            ["Submit"] = "publish",
        };
        var refused = await Client.PostFormAsync(edit, edit, await CouncilData.EditorFieldsAsync(Client, edit, register));
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Et CVR-nummer har 8 cifre, fx 11715311. Lad feltet stå tomt, hvis du ikke kender det (række 2).", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Café Fællesskab ApS\"", refusedHtml, StringComparison.Ordinal);
        register["MemberInterestsPart.Interests[1].Cvr"] = "2940 3573";
        var saved = await Client.PostFormAsync(edit, edit, await CouncilData.EditorFieldsAsync(Client, edit, register));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // Flagged: Bo by name (the "forening" differences) and by CVR (the names differ), Anna by her own organisation.
        var conflicts = await PageAsync(prefix + "/conflicts");
        Assert.Equal(["Bo Nielsen|Fundet i medlemmets foreninger|Leder eller repræsenterer Foreningen Nydanske Kvinder"], Conflicts(conflicts, 1));
        Assert.Equal(["Bo Nielsen|Fundet i medlemmets foreninger|Leder eller repræsenterer Café Fællesskab ApS (CVR 29403573)"], Conflicts(conflicts, 2));
        Assert.Empty(Conflicts(conflicts, 3));
        Assert.Equal(["Anna Jensen|Fundet i medlemmets foreninger|Leder eller repræsenterer Lyngby Boldklub"], Conflicts(conflicts, 4));

        // A declared conflict needs the member's reason; one withdrawn needs a reason too, and is kept in the audit trail.
        var item3 = (await ItemIdAsync("council-item-3")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var noReason = await Client.PostFormAsync(prefix + "/conflicts", prefix + "/conflicts/declare", [new("ItemId", item3), new("MemberId", dorte), new("Reason", " ")]);
        Assert.Contains("Skriv medlemmets begrundelse", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(prefix + "/conflicts", prefix + "/conflicts/declare",
            [new("ItemId", item3), new("MemberId", dorte), new("Reason", "Er nabo til ansøgeren")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(prefix + "/conflicts", prefix + "/conflicts/declare",
            [new("ItemId", item3), new("MemberId", carl), new("Reason", "Underviser ansøgerens børn")])).StatusCode);
        var withdrawNoReason = await Client.PostFormAsync(prefix + "/conflicts", prefix + "/conflicts/withdraw", [new("ItemId", item3), new("MemberId", carl), new("Reason", "")]);
        Assert.Contains("Skriv, hvorfor inhabiliteten tilbagekaldes", WebUtility.HtmlDecode(await withdrawNoReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(prefix + "/conflicts", prefix + "/conflicts/withdraw",
            [new("ItemId", item3), new("MemberId", carl), new("Reason", "Registreret ved en fejl")])).StatusCode);
        Assert.Equal(["Dorte Larsen|Erklæret af medlemmet|Er nabo til ansøgeren"], Conflicts(await PageAsync(prefix + "/conflicts"), 3));
        Assert.Contains("Registreret ved en fejl", await AuditCommentsAsync("ConflictWithdrawn"));

        // Not concluded while items have no decision.
        var review = await PageAsync(prefix + "/conclude");
        Assert.Contains("Punkt 1 (Fællesspisning for nye naboer) er ikke afgjort endnu.", Problems(review));
        var early = await PostConcludeAsync(prefix);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal(
            ["Punkt 1 (Fællesspisning for nye naboer) er ikke afgjort endnu.", "Punkt 2 (Sommerlejr) er ikke afgjort endnu.", "Punkt 3 (Lektiehjælp) er ikke afgjort endnu.", "Punkt 4 (Fodboldskole) er ikke afgjort endnu.",
                "Kun 0 af de 4 medlemmer er registreret som til stede; mindst 2 skal være til stede. Registrér fremmødet på mødets side."],
            Problems(new HtmlParser().ParseDocument(await early.Content.ReadAsStringAsync())));

        await CouncilData.RecordOutcomeAsync(Site, "council-item-1", AgendaItemOutcome.Granted, "Bevilget 8.000 kr.");
        await CouncilData.RecordOutcomeAsync(Site, "council-item-2", AgendaItemOutcome.Refused, "Afslag");
        await CouncilData.RecordOutcomeAsync(Site, "council-item-3", AgendaItemOutcome.Deferred, "");
        await CouncilData.RecordOutcomeAsync(Site, "council-item-4", AgendaItemOutcome.PartlyGranted, "Bevilget 5.000 kr. af 9.000 kr.");

        // Two of four present is half, but not for the items where one of the two takes no part.
        await CouncilData.AttendAsync(Site, march, anna, "Anna Jensen", present: true);
        await CouncilData.AttendAsync(Site, march, bo, "Bo Nielsen", present: true);
        await CouncilData.AttendAsync(Site, march, dorte, "Dorte Larsen", present: false);
        Assert.Equal(
            ["Punkt 1 (Fællesspisning for nye naboer) er rådet ikke beslutningsdygtigt i: 1 af de 2 fremmødte medlemmer kan deltage (1 deltager ikke på grund af inhabilitet); der skal være mindst 2.",
                "Punkt 2 (Sommerlejr) er rådet ikke beslutningsdygtigt i: 1 af de 2 fremmødte medlemmer kan deltage (1 deltager ikke på grund af inhabilitet); der skal være mindst 2.",
                "Punkt 4 (Fodboldskole) er rådet ikke beslutningsdygtigt i: 1 af de 2 fremmødte medlemmer kan deltage (1 deltager ikke på grund af inhabilitet); der skal være mindst 2."],
            Problems(new HtmlParser().ParseDocument(await (await PostConcludeAsync(prefix)).Content.ReadAsStringAsync())));
        await CouncilData.AttendAsync(Site, march, carl, "Carl Petersen", present: true);

        // Each application's workflow waits for its meeting.
        var (typeId, start) = await SaveWaitingTypeAsync();
        foreach (var n in new[] { 1, 2, 3, 4 })
        {
            await Site.SignalAsync(start, $"council-item-{n}");
        }

        Assert.Equal(HttpStatusCode.Redirect, (await PostConcludeAsync(prefix)).StatusCode);
        Assert.Contains("Mødet er afsluttet, og afgørelserne er på vej til ansøgerne.", WebUtility.HtmlDecode(await Client.GetStringAsync(prefix + "/conclude")), StringComparison.Ordinal);
        var (meeting, items, moves) = await StateAsync(march);
        Assert.Equal(MeetingStatus.Held, meeting.Status);
        Assert.Equal(CouncilSiteFixture.Now.UtcDateTime, meeting.ConcludedUtc);
        Assert.Equal(
            [("council-item-1", AgendaItemStatus.Decided, (long?)march), ("council-item-2", AgendaItemStatus.Decided, march), ("council-item-3", AgendaItemStatus.OnAgenda, june), ("council-item-4", AgendaItemStatus.Decided, march)],
            items.Select(i => (i.SourceId, i.Status, i.MeetingId)));
        Assert.Equal(("Udsat på mødet den 04.03.2027", (long?)june), (moves.Single().Reason, moves.Single().ToMeetingId));

        await Fixture.Runner.RunDueWorkAsync();
        var instances = await Site.InstancesAsync(typeId);
        Assert.All(instances, i => Assert.Equal(WorkflowStatus.Finished, i.Status));
        Assert.Equal(
            [("council-item-1", "Granted 1 04.03.2027"), ("council-item-2", "Refused 2 04.03.2027"), ("council-item-3", "Deferred 3 04.03.2027"), ("council-item-4", "PartlyGranted 4 04.03.2027")],
            instances.OrderBy(i => i.CorrelationId, StringComparer.Ordinal).Select(i => (i.CorrelationId!, i.Property("Heard")!)));
        foreach (var instance in instances)
        {
            Assert.Single(await Site.JournalAsync(instance.WorkflowId), "wait:Done");
        }

        // A second conclusion changes and sends nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await PostConcludeAsync(prefix)).StatusCode);
        Assert.Contains("Mødet var allerede afsluttet; der er ikke sendt mere.", WebUtility.HtmlDecode(await Client.GetStringAsync(prefix + "/conclude")), StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.Runner.RunDueWorkAsync());
        Assert.Equal(meeting.ConcurrencyStamp, (await StateAsync(march)).Meeting.ConcurrencyStamp);
        foreach (var instance in instances)
        {
            Assert.Single(await Site.JournalAsync(instance.WorkflowId), "wait:Done");
        }

        // The minutes' draft, made at the conclusion.
        var minutes = await PageAsync(prefix + "/minutes");
        var draft = minutes.QuerySelector("textarea#Markdown")!.TextContent;
        Assert.Contains("### Punkt 1: Fællesspisning for nye naboer — Bevilget 8.000 kr.", draft, StringComparison.Ordinal);
        Assert.Contains("### Punkt 3: Lektiehjælp — Udsat til næste møde", draft, StringComparison.Ordinal);
        Assert.Contains("Ansøger: en privatperson", draft, StringComparison.Ordinal);
        Assert.Contains("Bo Nielsen deltog ikke i behandlingen af punkt 2.", draft, StringComparison.Ordinal);
        Assert.Contains("Anna Jensen deltog ikke i behandlingen af punkt 4.", draft, StringComparison.Ordinal);
        Assert.Contains("## Til stede\n\n- Anna Jensen\n- Bo Nielsen\n- Carl Petersen\n", draft, StringComparison.Ordinal);
        Assert.Contains("## Fraværende\n\n- Dorte Larsen\n", draft, StringComparison.Ordinal);
        Assert.Contains("3 af rådets 4 medlemmer var til stede. Rådet var beslutningsdygtigt (mindst 2).", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Fatima Hansen", draft, StringComparison.Ordinal);

        // Saved with an addition, approved (who and when), published as the meeting's page.
        var page = "/referater/2027-03-04";
        Assert.Equal(HttpStatusCode.NotFound, (await Site.CreateClient().GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostFormAsync(prefix + "/minutes", prefix + "/minutes/publish", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(prefix + "/minutes", prefix + "/minutes", [new("Markdown", draft + "\nMødet sluttede kl. 19.00.")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(prefix + "/minutes", prefix + "/minutes/approve", [])).StatusCode);
        Assert.Equal("admin den 10.01.2027 11.00", (await PageAsync(prefix + "/minutes")).QuerySelector("#minutes-approved")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(prefix + "/minutes", prefix + "/minutes/publish", [])).StatusCode);

        using var visitor = Site.CreateClient();
        var published = await visitor.GetStringAsync(page);
        HtmlValidator.AssertValid(published, page);
        var document = new HtmlParser().ParseDocument(published);
        Assert.Equal("Referat af Integrationsrådets møde den 04.03.2027", document.QuerySelector("main h1")!.TextContent);
        Assert.Contains("Bo Nielsen deltog ikke i behandlingen af punkt 2.", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mødet sluttede kl. 19.00.", published, StringComparison.Ordinal);
        Assert.DoesNotContain("Fatima Hansen", published, StringComparison.Ordinal);
        var pageId = (await StateAsync(march)).Meeting.MinutesContentItemId;
        Assert.Equal(MeetingStatus.Published, (await StateAsync(march)).Meeting.Status);

        // Corrected minutes are approved again and replace the same page (the whole cycle: MinutesCorrectionTests).
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(prefix + "/minutes", prefix + "/minutes/reopen", [new("Reason", "Mødets sluttidspunkt var forkert")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(prefix + "/minutes", prefix + "/minutes", [new("Markdown", draft + "\nMødet sluttede kl. 19.30.")])).StatusCode);
        Assert.Equal(MeetingStatus.Held, (await StateAsync(march)).Meeting.Status);
        await Client.PostFormAsync(prefix + "/minutes", prefix + "/minutes/approve", []);
        await Client.PostFormAsync(prefix + "/minutes", prefix + "/minutes/publish", []);
        var republished = await visitor.GetStringAsync(page);
        Assert.Contains("Mødet sluttede kl. 19.30.", republished, StringComparison.Ordinal);
        Assert.DoesNotContain("Mødet sluttede kl. 19.00.", republished, StringComparison.Ordinal);
        Assert.Equal(pageId, (await StateAsync(march)).Meeting.MinutesContentItemId);

        // The contract for the other modules: who takes no part in an item.
        var forItem2 = await Site.WithScopeAsync(s => s.GetRequiredService<IAgendaConflicts>().ForItemAsync(TestAgendaSource.ItemKind, "council-item-2", CancellationToken.None));
        Assert.Equal([(bo, "Bo Nielsen", false)], forItem2.Select(c => (c.MemberContentItemId, c.MemberName, c.Declared)));
    }

    private Task<IDocument> PageAsync(string path) => Client.ValidPageAsync(path);

    private Task<HttpResponseMessage> PostConcludeAsync(string prefix) => Client.PostFormAsync(prefix + "/conclude", prefix + "/conclude", []);

    /// <summary>The conflicts listed under item <paramref name="position"/> as "member|how|why".</summary>
    private static List<string> Conflicts(IDocument page, int position) =>
        [.. page.QuerySelectorAll("section.meeting-conflicts-item")
            .Single(s => s.QuerySelector("h2")!.TextContent.StartsWith($"Punkt {position}:", StringComparison.Ordinal))
            .QuerySelectorAll("table.conflicts tbody tr")
            .Select(r => string.Join('|', r.QuerySelectorAll("td").Take(3).Select(c => c.TextContent.Trim())))];

    private static List<string> Problems(IDocument page) =>
        [.. page.QuerySelectorAll("#conclusion-problems li").Select(li => li.TextContent.Trim())];

    private Task<long> ItemIdAsync(string sourceId) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<AgendaItem>().Where(i => i.SourceId == sourceId).Select(i => i.Id).SingleAsync());

    private Task<List<string?>> AuditCommentsAsync(string eventName) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().AuditTrailEvents.Where(e => e.EventName == eventName).Select(e => e.Comment).ToListAsync());

    private Task<(Meeting Meeting, List<AgendaItem> Items, List<AgendaItemMove> Moves)> StateAsync(long meetingId) =>
        Site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<LtkDbContext>();
            var meeting = await db.Set<Meeting>().AsNoTracking().SingleAsync(m => m.Id == meetingId);
            var items = await db.Set<AgendaItem>().AsNoTracking().Where(i => i.Kind == TestAgendaSource.ItemKind).OrderBy(i => i.SourceId).ToListAsync();
            var moves = await db.Set<AgendaItemMove>().AsNoTracking().Where(m => m.FromMeetingId == meetingId).ToListAsync();
            return (meeting, items, moves);
        });

    /// <summary>A workflow type like the decision letter's: started for an application, it waits for its meeting's conclusion.</summary>
    private async Task<(string TypeId, string Start)> SaveWaitingTypeAsync()
    {
        var type = new WorkflowTypeBuilder(UniqueId("letter"));
        var start = UniqueId("application ready");
        await Site.SaveWorkflowTypeAsync(type
            .Start("start", "SignalEvent", Signal(start))
            .Then("wait", "SignalEvent", Signal("meeting concluded"))
            .Then("heard", "SetPropertyTask", SetProperty("Heard", "{{ Input.Outcome }} {{ Input.Position }} {{ Input.MeetingDate }}"))
            .Connect("start", "Done", "wait")
            .Connect("wait", "Done", "heard")
            .Build());
        return (type.WorkflowTypeId, start);
    }
}
