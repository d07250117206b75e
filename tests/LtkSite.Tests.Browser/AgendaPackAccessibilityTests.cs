using Council.Meetings.Data;
using LtkSite.Testing;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>WCAG 2.1 AA through axe-core on the members' agenda pack and the public agenda in Danish and English.</summary>
public sealed class AgendaPackAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task The_members_pack_and_the_public_agenda_in_both_languages_have_no_axe_violations()
    {
        var date = new DateOnly(2027, 4, 8);
        var meeting = await fixture.Site.CreateMeetingAsync(date);
        var club = await fixture.Site.CreateFullApplicationAsync("Madklub Axe", "Amina Hassan", "amina@example.org", "Foreningen Fælles Bord", "12345678");
        var person = await fixture.Site.CreateFullApplicationAsync("Sommerfest Axe", "Sara Nielsen", "sara@example.org");
        await fixture.Site.PutOnAgendaAsync(meeting, club, "Madklub Axe", "Foreningen Fælles Bord");
        await fixture.Site.PutOnAgendaAsync(meeting, person, "Sommerfest Axe", "Sara Nielsen");
        await fixture.Site.SetMeetingAsync(meeting, m => m.Status = MeetingStatus.AgendaLocked);

        var admin = await fixture.AdminPageAsync();
        await admin.GotoAsync($"/admin/meetings/{meeting}/pack");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Dagsorden for Integrationsrådets møde den 08.04.2027, medlemmernes udgave");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Punkt 2: Sommerfest Axe" })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Table, new() { Name = "Budget" }).First).ToContainTextAsync("12.500 kr.");
        await Axe.AssertNoViolationsAsync(admin, "members' agenda pack");

        // Printed, the admin's menu and links are gone and the pack alone is left.
        await admin.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(admin.Locator(".admin-nav")).ToBeHiddenAsync();
        await Assertions.Expect(admin.Locator(".pack-actions")).ToBeHiddenAsync();
        await Assertions.Expect(admin.Locator("h1")).ToBeVisibleAsync();

        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync("/moeder/2027-04-08/dagsorden");
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("Dagsorden for Integrationsrådets møde den 08.04.2027");
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Foreningen Fælles Bord");
        await Assertions.Expect(visitor.Locator("main")).Not.ToContainTextAsync("Sara Nielsen");
        await Axe.AssertNoViolationsAsync(visitor, "public agenda");

        await visitor.GotoAsync("/en/meetings/2027-04-08/agenda");
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("Agenda for the council's meeting on 08.04.2027");
        await Axe.AssertNoViolationsAsync(visitor, "public agenda in English");
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
