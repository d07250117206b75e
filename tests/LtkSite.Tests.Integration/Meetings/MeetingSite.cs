using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Council.Grants.Models;
using Council.Meetings.Data;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Meetings;

/// <summary>What the meetings tests read and do on a site: applications' status as staff set it, meetings and agenda items.</summary>
public static class MeetingSite
{
    /// <summary>Sets an application's status as staff or the screening workflow do: through the content manager.</summary>
    public static Task SetStatusAsync(this SiteFactory site, string id, GrantApplicationStatus status) =>
        site.WithScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<ContentManager>();
            var item = (await contents.GetAsync(id, VersionOptions.Latest))!;
            item.Alter<GrantApplicationPart>(p => p.Status = status);
            return await contents.UpdateAsync(item, BaseVersion.SaveOverLatest, publish: false);
        });

    public static Task<GrantApplicationPart> ApplicationAsync(this SiteFactory site, string id) =>
        site.WithScopeAsync(async s => (await s.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest))!.As<GrantApplicationPart>());

    public static Task<Meeting> MeetingOnAsync(this SiteFactory site, DateOnly date) =>
        site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<Meeting>().AsNoTracking().SingleAsync(m => m.Date == date && m.Status != MeetingStatus.Cancelled));

    public static Task<AgendaItem> AgendaItemAsync(this SiteFactory site, string sourceId) =>
        site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<AgendaItem>().AsNoTracking().SingleAsync(i => i.SourceId == sourceId));

    public static Task<List<AgendaItemMove>> MovesAsync(this SiteFactory site, long agendaItemId) =>
        site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<AgendaItemMove>().AsNoTracking().Where(m => m.AgendaItemId == agendaItemId).OrderBy(m => m.Id).ToListAsync());

    /// <summary>An admin or public page that answers 200 with valid HTML, parsed.</summary>
    public static async Task<IDocument> ValidPageAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        HtmlValidator.AssertValid(html, path);
        return new HtmlParser().ParseDocument(html);
    }
}
