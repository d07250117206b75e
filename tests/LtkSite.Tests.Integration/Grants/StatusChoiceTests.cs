using System.Net;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Council.Grants.Models;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Grants;

public sealed class StatusChoiceTests_Sqlite(SqliteGrantSiteFixture fixture) : StatusChoiceTests<SqliteGrantSiteFixture>(fixture), IClassFixture<SqliteGrantSiteFixture>;

public sealed class StatusChoiceTests_Postgres(PostgresGrantSiteFixture fixture) : StatusChoiceTests<PostgresGrantSiteFixture>(fixture), IClassFixture<PostgresGrantSiteFixture>;

/// <summary>
/// The application page's status choice offers what a person sets by hand; the statuses the routing, the decision and
/// the follow-up set are not offered, and a form that sets one anyway is refused with a clear message. A withdrawal by
/// the applicant is chosen with its reason.
/// </summary>
public abstract class StatusChoiceTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : GrantSiteFixture
{
    private const string Status = "GrantApplicationPart.Status";
    private const string Reason = "GrantApplicationPart.WithdrawnReason";

    [Fact]
    public async Task The_choice_offers_the_statuses_set_by_hand_refuses_a_system_status_and_takes_a_withdrawal_with_its_reason()
    {
        await Client.LoginAsAdminAsync();
        var id = await CreateAsync("Sommerlejr for nye familier");
        var edit = $"/admin/content/{id}/edit";
        var form = await Client.GetStringAsync(edit);
        foreach (var offered in new[] { "Received", "Screening", "MoreInformationNeeded", "ReadyForMeeting", "NotEligible", "Withdrawn", "Closed" })
        {
            Assert.Contains($"<option value=\"{offered}\"", form, StringComparison.Ordinal);
        }

        foreach (var system in new[] { "OnAgenda", "Decided", "ReportRequested", "ReportReceived", "RepaymentRequested" })
        {
            Assert.DoesNotContain($"<option value=\"{system}\"", form, StringComparison.Ordinal);
            var refused = await Client.PostFormAsync(edit, edit, await CouncilData.EditorFieldsAsync(Client, edit, new Dictionary<string, string> { [Status] = system }));
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("sættes af systemet (når ansøgningen kommer på et mødes dagsorden, ved rådets afgørelse eller ved opfølgningen på afrapporteringen) og kan ikke vælges i hånden.",
                WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.Equal(GrantApplicationStatus.Received, (await PartAsync(id)).Status);
        }

        var noReason = WebUtility.HtmlDecode(await (await Client.PostFormAsync(edit, edit, await CouncilData.EditorFieldsAsync(Client, edit, new Dictionary<string, string> { [Status] = "Withdrawn" }))).Content.ReadAsStringAsync());
        Assert.Contains($"id=\"{Reason}-error\">Skriv, hvorfor ansøgeren trak ansøgningen tilbage", noReason, StringComparison.Ordinal);
        Assert.Equal(GrantApplicationStatus.Received, (await PartAsync(id)).Status);

        var withdrawn = await Client.PostFormAsync(edit, edit, await CouncilData.EditorFieldsAsync(Client, edit,
            new Dictionary<string, string> { [Status] = "Withdrawn", [Reason] = "Foreningen har fået støtte fra en fond i stedet." }));
        Assert.True(withdrawn.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await withdrawn.Content.ReadAsStringAsync()));
        var part = await PartAsync(id);
        Assert.Equal(GrantApplicationStatus.Withdrawn, part.Status);
        Assert.Equal("Foreningen har fået støtte fra en fond i stedet.", part.WithdrawnReason);
        Assert.Contains("Trukket tilbage af ansøgeren", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/applications/{id}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_application_withdrawn_while_on_an_agenda_leaves_it_with_its_reason_the_others_are_numbered_again_and_ready_again_it_returns()
    {
        await Client.LoginAsAdminAsync();
        var first = await CreateAsync("Strikkecafé i Virum");
        var second = await CreateAsync("Lektiehjælp i Lundtofte");
        foreach (var id in new[] { first, second })
        {
            var ready = await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/edit",
                await CouncilData.EditorFieldsAsync(Client, $"/admin/content/{id}/edit", new Dictionary<string, string> { [Status] = "ReadyForMeeting" }));
            Assert.Equal(HttpStatusCode.Redirect, ready.StatusCode);
        }

        var meetingId = (await PlacementAsync(first))!.MeetingId!.Value;
        Assert.Contains("Strikkecafé i Virum", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/meetings/{meetingId}/pack")), StringComparison.Ordinal);

        const string reason = "Caféen er lukket, og foreningen trækker ansøgningen.";
        var edit = $"/admin/content/{first}/edit";
        var withdrawn = await Client.PostFormAsync(edit, edit, await CouncilData.EditorFieldsAsync(Client, edit, new Dictionary<string, string> { [Status] = "Withdrawn", [Reason] = reason }));
        Assert.True(withdrawn.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await withdrawn.Content.ReadAsStringAsync()));

        var placement = await PlacementAsync(first);
        Assert.Equal(Council.Meetings.Data.AgendaItemStatus.Withdrawn, placement!.Status);
        Assert.Null(placement.MeetingId);
        Assert.Null((await PartAsync(first)).AgendaMeetingDate);
        // The save's redirect shows its message on the editor, as a browser would follow it.
        Assert.Contains("Trukket tilbage af ansøgeren", WebUtility.HtmlDecode(await Client.GetStringAsync(withdrawn.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        Assert.DoesNotContain("Strikkecafé i Virum", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/meetings/{meetingId}/pack")), StringComparison.Ordinal);
        var (positions, moveReason) = await Site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<Cms.Core.Data.LtkDbContext>();
            var numbers = await db.Set<Council.Meetings.Data.AgendaItem>().Where(i => i.MeetingId == meetingId).OrderBy(i => i.Position).Select(i => i.Position).ToListAsync();
            var move = await db.Set<Council.Meetings.Data.AgendaItemMove>().Where(m => m.AgendaItemId == placement.AgendaItemId).OrderBy(m => m.Id).Select(m => m.Reason).LastAsync();
            return (numbers, move);
        });
        Assert.Equal(Enumerable.Range(1, positions.Count), positions);
        Assert.Equal(reason, moveReason);
        Assert.Equal(Council.Meetings.Data.AgendaItemStatus.OnAgenda, (await PlacementAsync(second))!.Status);

        // The applicant changes their mind before the deadline: ready again, it joins the agenda as its last item.
        var again = await Client.PostFormAsync(edit, edit, await CouncilData.EditorFieldsAsync(Client, edit, new Dictionary<string, string> { [Status] = "ReadyForMeeting" }));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var back = await PlacementAsync(first);
        Assert.Equal(Council.Meetings.Data.AgendaItemStatus.OnAgenda, back!.Status);
        Assert.Equal(meetingId, back.MeetingId);
        Assert.Equal(positions.Count + 1, back.Position);
        Assert.Equal(GrantApplicationStatus.OnAgenda, (await PartAsync(first)).Status);
    }

    private Task<Council.Meetings.Agenda.AgendaPlacement?> PlacementAsync(string id) =>
        Site.WithScopeAsync(s => s.GetRequiredService<Council.Meetings.Agenda.IAgendaRouting>().GetPlacementAsync(Council.Grants.Agenda.GrantAgendaItems.Kind, id, CancellationToken.None));

    [Fact]
    public async Task An_application_the_routing_put_on_an_agenda_keeps_its_status_when_edited_and_the_agenda_date_is_not_typed_by_hand()
    {
        await Client.LoginAsAdminAsync();
        var id = await CreateAsync("Fodboldskole i Taarbæk");
        var edit = $"/admin/content/{id}/edit";
        // Ready for the council: the routing puts it on the first coming meeting's agenda (the recipe's 04.03.2027).
        var ready = await Client.PostFormAsync(edit, edit, await CouncilData.EditorFieldsAsync(Client, edit, new Dictionary<string, string> { [Status] = "ReadyForMeeting" }));
        Assert.True(ready.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await ready.Content.ReadAsStringAsync()));
        Assert.Equal(GrantApplicationStatus.OnAgenda, (await PartAsync(id)).Status);
        var form = WebUtility.HtmlDecode(await Client.GetStringAsync(edit));
        Assert.Matches("<option value=\"OnAgenda\" selected", form);
        Assert.DoesNotContain("<option value=\"Decided\"", form, StringComparison.Ordinal);
        Assert.Contains("<dt>På dagsordenen for mødet den</dt><dd>04.03.2027</dd>", form, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"GrantApplicationPart.AgendaMeetingDate\"", form, StringComparison.Ordinal);

        var saved = await Client.PostFormAsync(edit, edit, await CouncilData.EditorFieldsAsync(Client, edit, new Dictionary<string, string> { ["GrantApplication.ProjectTitle.Text"] = "Fodboldskole i Taarbæk for piger" }));
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()));
        var part = await PartAsync(id);
        Assert.Equal(GrantApplicationStatus.OnAgenda, part.Status);
        Assert.Equal(new DateOnly(2027, 3, 4), part.AgendaMeetingDate);
    }

    /// <summary>An application registered in the admin with every field the editor asks for.</summary>
    private async Task<string> CreateAsync(string title)
    {
        const string url = "/admin/content/new/GrantApplication";
        var created = await Client.PostFormAsync(url, url,
        [
            new("GrantApplication.ApplicantKind.Values", "association"), new("GrantApplication.ApplicantName.Text", "Amina Hassan"),
            new("GrantApplication.Cvr.Text", "12345678"), new("GrantApplication.Address.Text", "Lyngby Hovedgade 1, 2800 Kongens Lyngby"),
            new("GrantApplication.Email.Email", "amina@example.org"), new("GrantApplication.PreferredLanguage.Values", "da"),
            new("GrantApplication.ProjectTitle.Text", title), new("GrantApplication.Description.Text", "Aktiviteter for nye familier i kommunen."),
            new("GrantApplication.TargetGroup.Text", "Nye familier"), new("GrantApplication.Beneficiaries.Value", "40"),
            new("GrantApplication.ProjectLeader.Text", "Amina Hassan"), new("GrantApplication.CommunityOrientation.Text", "Familierne mødes og lærer hinanden at kende."),
            new("GrantApplication.StartDate.Value", "01.06.2027"), new("GrantApplicationPart.Status", "Received"), new("GrantBudgetPart.AmountAppliedFor", "6.000"),
            new("GrantBudgetPart.BudgetLines[0].Item", "Leje af lokaler"), new("GrantBudgetPart.BudgetLines[0].Amount", "6.000"),
        ]);
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync()));
        return created.Headers.Location!.OriginalString.Split('/')[3];
    }

    private Task<GrantApplicationPart> PartAsync(string id) => Site.WithScopeAsync(async s =>
        (await s.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest))!.As<GrantApplicationPart>());
}
