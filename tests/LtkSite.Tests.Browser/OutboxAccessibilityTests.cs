using Cms.Core.Data;
using Cms.Email.Models;
using Cms.Email.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>WCAG 2.1 AA through axe-core on the outbox: the list with a failed mail, its detail page, resending, and the dashboard box.</summary>
public sealed class OutboxAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task Outbox_list_detail_resend_and_dashboard_box_have_no_axe_violations()
    {
        var subject = "Ansøgning om tilskud " + Guid.NewGuid().ToString("N")[..6];
        await fixture.Site.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LtkDbContext>();
            var mail = await services.GetRequiredService<IMailOutbox>().WriteAsync(new OutgoingMail("browser:" + subject, ["ansoeger@example.org"], subject, "Tak for din ansøgning.")
            {
                HtmlBody = "<p>Tak for din <strong>ansøgning</strong>.</p><script>document.title = 'run'</script>",
            });
            await db.SaveChangesAsync();
            // As the sender leaves a mail after its last attempt (delivery itself is tested over HTTP with a real server).
            await db.Set<OutboxMail>().Where(m => m.Id == mail.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxMailStatus.Failed)
                .SetProperty(m => m.Attempts, 3)
                .SetProperty(m => m.LastError, "Connection refused 127.0.0.1:25"));
            return mail.Id;
        });

        var page = await fixture.AdminPageAsync();
        await page.GotoAsync("/admin");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Udbakke" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("mails mislykkedes eller blev stoppet.")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/outbox?status=Failed");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Udbakke");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = subject })).ToContainTextAsync("Connection refused 127.0.0.1:25");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Mail: " + subject);
        // The HTML body is shown as source: its script is text on the page and never runs.
        await Assertions.Expect(page.GetByText("<script>document.title = 'run'</script>", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page).Not.ToHaveTitleAsync("run");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Send igen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "sat i kø til at blive sendt igen" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("dd").First).ToContainTextAsync("I kø");
        await Axe.AssertNoViolationsAsync(page);
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
