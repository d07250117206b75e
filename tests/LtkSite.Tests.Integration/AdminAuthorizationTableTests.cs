using System.Data.Common;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Cms.Contents.Models;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Security;
using Cms.Media.Services;
using Cms.Menus.Models;
using Cms.Templates.Services;
using LtkSite.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

// A media folder of its own, so the "changed nothing" check sees only this site's files.
public sealed class AdminAuthorizationTableTests_Sqlite(MediaSiteFixture fixture) : AdminAuthorizationTableTests<MediaSiteFixture>(fixture), IClassFixture<MediaSiteFixture>;

public sealed class AdminAuthorizationTableTests_Postgres(PostgresMediaSiteFixture fixture) : AdminAuthorizationTableTests<PostgresMediaSiteFixture>(fixture), IClassFixture<PostgresMediaSiteFixture>;

/// <summary>
/// Every admin and staff-only endpoint the site maps, requested by each kind of user: the table says who may,
/// everybody else is refused the way the site refuses (the login for visitors, access denied for the signed-in),
/// and a refused POST changes nothing. An endpoint missing from the table fails the test.
/// </summary>
public abstract class AdminAuthorizationTableTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    private const string Password = "Table-test-password-1";
    private const string NoAdminRole = "NoAdminAccess";
    private const string UnknownId = "unknown0000000000000000000";

    /// <summary>Who besides the Administrator (who may do everything) may use an endpoint.</summary>
    [Flags]
    private enum Who
    {
        Nobody = 0,
        Editor = 1,
        Secretariat = 2,
        Staff = Editor | Secretariat,
    }

    /// <summary>
    /// One endpoint: its method and route as mapped, the permission its [RequirePermission] names, who may use it,
    /// an optional query string, and whether it answers 404 to everybody refused (preview hides that drafts exist).
    /// </summary>
    private sealed record Row(string Method, string Route, string Permission, Who Allowed, string Query = "", bool HidesRefusal = false);

    private static readonly string Admin = nameof(CorePermissions.AccessAdminPanel);

    private static readonly string ManageWorkflows = nameof(Cms.Workflows.Permissions.ManageWorkflows);

    private static readonly Row[] Table =
    [
        new("GET", "/admin", Admin, Who.Staff),
        new("GET", "/admin/modules", nameof(CorePermissions.ViewModules), Who.Nobody),
        new("GET", "/admin/users", nameof(CorePermissions.ManageUsers), Who.Nobody),
        new("GET", "/admin/users/create", nameof(CorePermissions.ManageUsers), Who.Nobody),
        new("POST", "/admin/users/create", nameof(CorePermissions.ManageUsers), Who.Nobody),
        new("GET", "/admin/users/{id}/edit", nameof(CorePermissions.ManageUsers), Who.Nobody),
        new("POST", "/admin/users/{id}/edit", nameof(CorePermissions.ManageUsers), Who.Nobody),
        new("GET", "/admin/roles", nameof(CorePermissions.ManageRoles), Who.Nobody),
        new("GET", "/admin/roles/{name}", nameof(CorePermissions.ManageRoles), Who.Nobody),
        new("POST", "/admin/roles/{name}", nameof(CorePermissions.ManageRoles), Who.Nobody),

        // Settings: each section names its own permission (the General one ManageSettings), checked in the action; the
        // Secretariat sees the list for the meeting schedule (ManageMeetings).
        new("GET", "/admin/settings", Admin, Who.Secretariat),
        new("GET", "/admin/settings/{section}", Admin, Who.Nobody),
        new("POST", "/admin/settings/{section}", Admin, Who.Nobody),

        // Content: the admin area is required up front; what a user may do with an item is decided by ContentAuthorization.
        new("GET", "/admin/content", Admin, Who.Staff),
        new("POST", "/admin/content/bulk", Admin, Who.Staff),
        new("GET", "/admin/content/new/{type}", Admin, Who.Staff),
        new("POST", "/admin/content/new/{type}", Admin, Who.Staff),
        new("GET", "/admin/content/{id}/edit", Admin, Who.Editor),
        new("POST", "/admin/content/{id}/edit", Admin, Who.Editor),
        new("POST", "/admin/content/{id}/unpublish", Admin, Who.Editor),
        new("POST", "/admin/content/{id}/delete", Admin, Who.Editor),
        new("POST", "/admin/content/{id}/restore", Admin, Who.Editor),
        new("POST", "/admin/content/{id}/clone", Admin, Who.Editor),
        new("POST", "/admin/content/{id}/translate", Admin, Who.Editor, "?culture=en"),
        new("GET", "/admin/content/{id}/versions", Admin, Who.Editor),
        new("GET", "/admin/content/{id}/versions/compare", Admin, Who.Editor, "?a={versionId}&b={versionId}"),
        new("POST", "/admin/content/{id}/versions/{versionId}/restore", Admin, Who.Editor),
        new("GET", "/preview/{contentItemId}", "", Who.Staff, HidesRefusal: true),

        new("GET", "/admin/content-types", nameof(Cms.Contents.Permissions.ManageContentTypes), Who.Nobody),
        new("GET", "/admin/content-types/create", nameof(Cms.Contents.Permissions.ManageContentTypes), Who.Nobody),
        new("POST", "/admin/content-types/create", nameof(Cms.Contents.Permissions.ManageContentTypes), Who.Nobody),
        new("GET", "/admin/content-types/{name}", nameof(Cms.Contents.Permissions.ManageContentTypes), Who.Nobody),
        new("POST", "/admin/content-types/{name}", nameof(Cms.Contents.Permissions.ManageContentTypes), Who.Nobody),
        new("POST", "/admin/content-types/{name}/parts/add", nameof(Cms.Contents.Permissions.ManageContentTypes), Who.Nobody),
        new("POST", "/admin/content-types/{name}/parts/{partName}/remove", nameof(Cms.Contents.Permissions.ManageContentTypes), Who.Nobody),
        new("GET", "/admin/content-types/{name}/parts/{partName}", nameof(Cms.Contents.Permissions.ManageContentTypes), Who.Nobody),
        new("POST", "/admin/content-types/{name}/parts/{partName}", nameof(Cms.Contents.Permissions.ManageContentTypes), Who.Nobody),
        new("GET", "/admin/content-types/{name}/fields/add", nameof(Cms.Contents.Permissions.ManageContentTypes), Who.Nobody),
        new("POST", "/admin/content-types/{name}/fields/add", nameof(Cms.Contents.Permissions.ManageContentTypes), Who.Nobody),
        new("GET", "/admin/content-types/{name}/fields/{fieldName}", nameof(Cms.Contents.Permissions.ManageContentTypes), Who.Nobody),
        new("POST", "/admin/content-types/{name}/fields/{fieldName}", nameof(Cms.Contents.Permissions.ManageContentTypes), Who.Nobody),
        new("POST", "/admin/content-types/{name}/fields/{fieldName}/remove", nameof(Cms.Contents.Permissions.ManageContentTypes), Who.Nobody),
        new("GET", "/admin/content-types/{name}/delete", nameof(Cms.Contents.Permissions.ManageContentTypes), Who.Nobody),
        new("POST", "/admin/content-types/{name}/delete", nameof(Cms.Contents.Permissions.ManageContentTypes), Who.Nobody),

        new("GET", "/admin/audit", nameof(Cms.Contents.Permissions.ViewAuditTrail), Who.Nobody),
        new("GET", "/admin/audit/{id:long}", nameof(Cms.Contents.Permissions.ViewAuditTrail), Who.Nobody),
        new("GET", "/admin/audit/export", nameof(Cms.Contents.Permissions.ViewAuditTrail), Who.Nobody),

        new("GET", "/admin/recipes", nameof(Cms.Contents.Permissions.ImportRecipes), Who.Nobody),
        new("GET", "/admin/recipes/run", nameof(Cms.Contents.Permissions.ImportRecipes), Who.Nobody, "?file={recipe}"),
        new("POST", "/admin/recipes/run", nameof(Cms.Contents.Permissions.ImportRecipes), Who.Nobody),
        new("POST", "/admin/recipes/upload", nameof(Cms.Contents.Permissions.ImportRecipes), Who.Nobody),
        new("GET", "/admin/recipes/export", nameof(Cms.Contents.Permissions.Export), Who.Nobody),
        new("POST", "/admin/recipes/export", nameof(Cms.Contents.Permissions.Export), Who.Nobody),
        new("POST", "/admin/recipes/export-items", nameof(Cms.Contents.Permissions.Export), Who.Nobody),

        new("GET", "/admin/media", nameof(Cms.Media.Permissions.ManageMedia), Who.Editor),
        new("POST", "/admin/media/folder", nameof(Cms.Media.Permissions.ManageMedia), Who.Editor),
        new("POST", "/admin/media/upload", nameof(Cms.Media.Permissions.ManageMedia), Who.Editor),
        new("GET", "/admin/media/delete", nameof(Cms.Media.Permissions.ManageMedia), Who.Editor, "?path={mediaFile}"),
        new("POST", "/admin/media/delete", nameof(Cms.Media.Permissions.ManageMedia), Who.Editor),

        new("GET", "/admin/menus", nameof(Cms.Menus.Permissions.ManageMenus), Who.Editor),
        new("GET", "/admin/menus/{id}", nameof(Cms.Menus.Permissions.ManageMenus), Who.Editor),
        new("POST", "/admin/menus/{id}/links", nameof(Cms.Menus.Permissions.ManageMenus), Who.Editor),
        new("POST", "/admin/menus/{id}/content-links", nameof(Cms.Menus.Permissions.ManageMenus), Who.Editor),
        new("POST", "/admin/menus/{id}/move", nameof(Cms.Menus.Permissions.ManageMenus), Who.Editor),
        new("POST", "/admin/menus/{id}/remove", nameof(Cms.Menus.Permissions.ManageMenus), Who.Editor),
        new("GET", "/admin/menus/{id}/items/{itemId}", nameof(Cms.Menus.Permissions.ManageMenus), Who.Editor),
        new("POST", "/admin/menus/{id}/items/{itemId}", nameof(Cms.Menus.Permissions.ManageMenus), Who.Editor),
        new("POST", "/admin/menus/{id}/publish", nameof(Cms.Menus.Permissions.ManageMenus), Who.Editor),

        new("GET", "/admin/outbox", nameof(Cms.Email.Permissions.ViewOutbox), Who.Secretariat),
        new("GET", "/admin/applications", nameof(Council.Grants.Permissions.ManageGrantApplications), Who.Secretariat),
        new("GET", "/admin/applications/export", nameof(Council.Grants.Permissions.ManageGrantApplications), Who.Secretariat),
        new("GET", "/admin/applications/{id}", nameof(Council.Grants.Permissions.ManageGrantApplications), Who.Secretariat),
        new("POST", "/admin/applications/{id}/notes", nameof(Council.Grants.Permissions.ManageGrantApplications), Who.Secretariat),
        new("GET", "/admin/applications/{id}/bundle.pdf", nameof(Council.Grants.Permissions.ManageGrantApplications), Who.Secretariat),
        new("GET", "/admin/meetings/{id:long}/pack", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("GET", "/admin/meetings/{id:long}/pack.pdf", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("GET", "/admin/applications/{id}/decision", nameof(Council.Grants.Permissions.ManageGrantApplications), Who.Secretariat),
        new("POST", "/admin/applications/{id}/decision", nameof(Council.Grants.Permissions.ManageGrantApplications), Who.Secretariat),
        new("POST", "/admin/applications/{id}/recommendation", nameof(Council.Grants.Permissions.ManageGrantApplications), Who.Secretariat),
        new("POST", "/admin/applications/{id}/payments", nameof(Council.Grants.Permissions.ManageGrantApplications), Who.Secretariat),
        new("POST", "/admin/applications/{id}/lapses", nameof(Council.Grants.Permissions.ManageGrantApplications), Who.Secretariat),
        new("GET", "/admin/pool", nameof(Council.Grants.Permissions.ManageGrantPool), Who.Secretariat),
        new("POST", "/admin/pool/{year:int}", nameof(Council.Grants.Permissions.ManageGrantPool), Who.Secretariat),
        new("GET", "/admin/pool/export", nameof(Council.Grants.Permissions.ManageGrantPool), Who.Secretariat, "?year=2027&table=meetings&format=Csv"),
        new("GET", "/admin/meetings", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("GET", "/admin/meetings/queue", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings/queue/{agendaItemId}", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("GET", "/admin/meetings/{id}", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("GET", "/admin/meetings/{id}/edit", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings/{id}/edit", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings/{id}/cancel", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings/{id}/lock", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings/{id}/unlock", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings/{id}/items/{agendaItemId}/up", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings/{id}/items/{agendaItemId}/down", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings/{id}/items/{agendaItemId}/move", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings/{id}/attendance", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("GET", "/admin/meetings/{id:long}/conflicts", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings/{id:long}/conflicts/declare", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings/{id:long}/conflicts/withdraw", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("GET", "/admin/meetings/{id:long}/conclude", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings/{id:long}/conclude", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("GET", "/admin/meetings/{id:long}/minutes", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings/{id:long}/minutes", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings/{id:long}/minutes/approve", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings/{id:long}/minutes/publish", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("POST", "/admin/meetings/{id:long}/minutes/reopen", nameof(Council.Meetings.Permissions.ManageMeetings), Who.Secretariat),
        new("GET", "/admin/outbox/{mailId}", nameof(Cms.Email.Permissions.ViewOutbox), Who.Secretariat),
        new("POST", "/admin/outbox/{mailId}/resend", nameof(Cms.Email.Permissions.ManageOutbox), Who.Nobody),
        new("GET", "/admin/forms/files/{fileId}", nameof(Cms.Forms.Permissions.ViewFormSubmissions), Who.Secretariat),
        new("GET", "/admin/forms/submissions", nameof(Cms.Forms.Permissions.ViewFormSubmissions), Who.Secretariat),
        new("GET", "/admin/forms/submissions/{submissionId}", nameof(Cms.Forms.Permissions.ViewFormSubmissions), Who.Secretariat),

        // Tasks: the inbox needs ViewTasks; which tasks one sees and may act on is decided by each task's roles.
        new("GET", "/admin/tasks", nameof(Cms.Workflows.Permissions.ViewTasks), Who.Secretariat),
        new("GET", "/admin/tasks/{taskId}", nameof(Cms.Workflows.Permissions.ViewTasks), Who.Secretariat),
        new("POST", "/admin/tasks/{taskId}/claim", nameof(Cms.Workflows.Permissions.ViewTasks), Who.Secretariat),
        new("POST", "/admin/tasks/{taskId}/release", nameof(Cms.Workflows.Permissions.ViewTasks), Who.Secretariat),
        new("POST", "/admin/tasks/{taskId}/reassign", nameof(Cms.Workflows.Permissions.ViewTasks), Who.Secretariat),
        new("POST", "/admin/tasks/{taskId}/comment", nameof(Cms.Workflows.Permissions.ViewTasks), Who.Secretariat),
        new("POST", "/admin/tasks/{taskId}/act", nameof(Cms.Workflows.Permissions.ViewTasks), Who.Secretariat),

        new("GET", "/admin/templates", nameof(Cms.Templates.Permissions.ManageTemplates), Who.Nobody),
        new("GET", "/admin/templates/create", nameof(Cms.Templates.Permissions.ManageTemplates), Who.Nobody),
        new("GET", "/admin/templates/edit", nameof(Cms.Templates.Permissions.ManageTemplates), Who.Nobody, "?name={template}"),
        new("POST", "/admin/templates/save", nameof(Cms.Templates.Permissions.ManageTemplates), Who.Nobody),
        new("POST", "/admin/templates/delete", nameof(Cms.Templates.Permissions.ManageTemplates), Who.Nobody),
        new("GET", "/admin/workflows", ManageWorkflows, Who.Nobody),
        new("GET", "/admin/workflows/create", ManageWorkflows, Who.Nobody),
        new("POST", "/admin/workflows/create", ManageWorkflows, Who.Nobody),
        new("GET", "/admin/workflows/{typeId}", ManageWorkflows, Who.Nobody),
        new("POST", "/admin/workflows/{typeId}", ManageWorkflows, Who.Nobody),
        new("POST", "/admin/workflows/{typeId}/enable", ManageWorkflows, Who.Nobody),
        new("GET", "/admin/workflows/{typeId}/versions/{version:int}", ManageWorkflows, Who.Nobody),
        new("GET", "/admin/workflows/{typeId}/export", ManageWorkflows, Who.Nobody),
        new("GET", "/admin/workflows/{typeId}/delete", ManageWorkflows, Who.Nobody),
        new("POST", "/admin/workflows/{typeId}/delete", ManageWorkflows, Who.Nobody),
        new("GET", "/admin/workflows/{typeId}/move", ManageWorkflows, Who.Nobody),
        new("POST", "/admin/workflows/{typeId}/move", ManageWorkflows, Who.Nobody),
        new("GET", "/admin/workflows/{typeId}/instances", ManageWorkflows, Who.Nobody),
        new("GET", "/admin/workflows/{typeId}/instances/{workflowId}", ManageWorkflows, Who.Nobody),
        new("POST", "/admin/workflows/{typeId}/instances/{workflowId}/retry", ManageWorkflows, Who.Nobody),
        new("GET", "/admin/workflows/{typeId}/activities/add", ManageWorkflows, Who.Nobody),
        new("GET", "/admin/workflows/{typeId}/activities/add/{activityName}", ManageWorkflows, Who.Nobody),
        new("POST", "/admin/workflows/{typeId}/activities/add/{activityName}", ManageWorkflows, Who.Nobody),
        new("GET", "/admin/workflows/{typeId}/activities/{activityId}", ManageWorkflows, Who.Nobody),
        new("POST", "/admin/workflows/{typeId}/activities/{activityId}", ManageWorkflows, Who.Nobody),
        new("POST", "/admin/workflows/{typeId}/activities/{activityId}/transitions", ManageWorkflows, Who.Nobody),
        new("POST", "/admin/workflows/{typeId}/activities/{activityId}/transitions/remove", ManageWorkflows, Who.Nobody),
        new("GET", "/admin/workflows/{typeId}/activities/{activityId}/delete", ManageWorkflows, Who.Nobody),
        new("POST", "/admin/workflows/{typeId}/activities/{activityId}/delete", ManageWorkflows, Who.Nobody),
        new("GET", "/admin/workflows/{typeId}/instances/{workflowId}/abort", ManageWorkflows, Who.Nobody),
        new("POST", "/admin/workflows/{typeId}/instances/{workflowId}/abort", ManageWorkflows, Who.Nobody),
    ];

    /// <summary>Routes outside /admin that only staff may use.</summary>
    private static readonly HashSet<string> StaffOnlyOutsideAdmin = ["/preview/{contentItemId}"];

    /// <summary>Form values a refused POST carries: enough that the action would change something if it ran.</summary>
    private static KeyValuePair<string, string>[] ProbeFields(Dictionary<string, string> ids) =>
    [
        new("UserName", "authz-probe"), new("Password", "Authz-probe-password-1"), new("Roles", CmsRoles.Administrator),
        new("Name", "AuthzProbe"), new("DisplayName", "Authz probe"), new("Submit", "publish"),
        new("bulkAction", "unpublish"), new("ids", ids["contentId"]), new("FolderName", "authz-probe"),
        new("LinkText", "Probe"), new("LinkUrl", "/probe"), new("Content", "probe"), new("file", ids["recipe"]),
        new("path", ids["mediaFile"]), new("Permissions", nameof(CorePermissions.ManageUsers)),
    ];

    [Fact]
    public async Task Every_admin_endpoint_refuses_whoever_its_permission_does_not_allow()
    {
        var mapped = MappedStaffEndpoints();
        var missing = mapped.Keys.Where(k => !Table.Any(r => r.Method == k.Method && r.Route == k.Route)).ToList();
        Assert.True(missing.Count == 0,
            "Add these endpoints to AdminAuthorizationTableTests.Table, with the permission they require and who may use them:\n"
            + string.Join("\n", missing.Select(m => $"  {m.Method} {m.Route}")));
        var gone = Table.Where(r => !mapped.ContainsKey((r.Method, r.Route))).ToList();
        Assert.True(gone.Count == 0, "The site no longer maps these; remove them from the table:\n" + string.Join("\n", gone.Select(r => $"  {r.Method} {r.Route}")));

        var failures = new List<string>();
        foreach (var row in Table)
        {
            var declared = mapped[(row.Method, row.Route)];
            if (declared.Length == 0 && row.Route.StartsWith("/admin", StringComparison.Ordinal))
            {
                failures.Add($"{row.Method} {row.Route}: an admin endpoint names the permission it needs with [RequirePermission] (docs/decisions/0015).");
            }

            if (!string.Equals(declared, row.Permission, StringComparison.Ordinal))
            {
                failures.Add($"{row.Method} {row.Route}: [RequirePermission] names '{declared}', the table '{row.Permission}'.");
            }
        }

        var empty = await FingerprintAsync();
        var ids = await SeededIdsAsync();
        var users = await SignInEveryoneAsync();
        Assert.NotEqual(empty, await FingerprintAsync());
        foreach (var row in Table)
        {
            var url = Fill(row.Route, ids) + Fill(row.Query, ids);
            foreach (var user in users)
            {
                var failure = await CheckAsync(row, url, user, ids);
                if (failure is not null)
                {
                    failures.Add($"{row.Method} {url} as {user.Name}: {failure}");
                }
            }

            if (row.Route.Contains('{', StringComparison.Ordinal))
            {
                var unknown = Fill(row.Route, ids, unknown: true) + Fill(row.Query, ids);
                var failure = await CheckUnknownAsync(row, unknown, users.Single(u => u.Name == CmsRoles.Administrator), ids);
                if (failure is not null)
                {
                    failures.Add($"{row.Method} {unknown} as {CmsRoles.Administrator}: {failure}");
                }
            }
        }

        // Allowed POSTs are sent without the anti-forgery token (see CheckAsync); the site logs each refusal.
        Site.Logs.ExpectContaining("antiforgery");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<string?> CheckAsync(Row row, string url, SignedIn user, Dictionary<string, string> ids)
    {
        var allowed = user.Role switch
        {
            CmsRoles.Administrator => true,
            CmsRoles.Editor => row.Allowed.HasFlag(Who.Editor),
            CmsRoles.Secretariat => row.Allowed.HasFlag(Who.Secretariat),
            _ => false,
        };

        if (row.Method == "GET")
        {
            var response = await user.Client.GetAsync(url);
            return allowed ? ExpectAllowed(response, HttpStatusCode.OK) : ExpectRefused(row, user, response);
        }

        if (allowed)
        {
            // Without the token: authorisation lets the request through to the anti-forgery check, which
            // stops it (400) before the action runs, so an allowed POST changes nothing either.
            var before = await FingerprintAsync();
            var response = await user.Client.PostAsync(url, new FormUrlEncodedContent(ProbeFields(ids)));
            return Both(ExpectAllowed(response, HttpStatusCode.BadRequest), await ExpectUnchangedAsync(before));
        }

        var refusedBefore = await FingerprintAsync();
        var refused = await user.Client.PostAsync(url, new FormUrlEncodedContent([.. ProbeFields(ids), new("__RequestVerificationToken", user.Token)]));
        return Both(ExpectRefused(row, user, refused), await ExpectUnchangedAsync(refusedBefore));
    }

    /// <summary>An address naming an item that does not exist: 404 for someone who may use the endpoint, and nothing changes.</summary>
    private async Task<string?> CheckUnknownAsync(Row row, string url, SignedIn admin, Dictionary<string, string> ids)
    {
        if (row.Method == "GET")
        {
            return ExpectAllowed(await admin.Client.GetAsync(url), HttpStatusCode.NotFound);
        }

        var before = await FingerprintAsync();
        var response = await admin.Client.PostAsync(url, new FormUrlEncodedContent([.. ProbeFields(ids), new("__RequestVerificationToken", admin.Token)]));
        return Both(ExpectAllowed(response, HttpStatusCode.NotFound), await ExpectUnchangedAsync(before));
    }

    private static string? ExpectAllowed(HttpResponseMessage response, HttpStatusCode expected) =>
        response.StatusCode == expected ? null : $"expected {(int)expected}, got {Describe(response)}";

    private static string? ExpectRefused(Row row, SignedIn user, HttpResponseMessage response)
    {
        if (row.HidesRefusal)
        {
            return response.StatusCode == HttpStatusCode.NotFound ? null : $"expected 404 (refusals are hidden), got {Describe(response)}";
        }

        var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.AbsolutePath : l.OriginalString.Split('?')[0]) : "";
        if (user.Role is null)
        {
            return response.StatusCode == HttpStatusCode.Redirect && location == "/login"
                ? null
                : $"expected a redirect to /login, got {Describe(response)}";
        }

        return response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && location == "/access-denied")
            ? null
            : $"expected 403 or a redirect to /access-denied, got {Describe(response)}";
    }

    private async Task<string?> ExpectUnchangedAsync(string before) =>
        await FingerprintAsync() == before ? null : "the refused request changed the site's data or files";

    private static string? Both(string? first, string? second) =>
        first is null ? second : second is null ? first : first + "; " + second;

    private static string Describe(HttpResponseMessage response) =>
        $"{(int)response.StatusCode}{(response.Headers.Location is { } l ? " to " + l.OriginalString : "")}";

    /// <summary>Method and route of every admin or staff-only endpoint, with the permission its [RequirePermission] names.</summary>
    private Dictionary<(string Method, string Route), string> MappedStaffEndpoints()
    {
        var result = new Dictionary<(string Method, string Route), string>();
        foreach (var endpoint in Site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var isAdmin = new PathString(route).StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase);
            var permissions = endpoint.Metadata.GetOrderedMetadata<RequirePermissionAttribute>().Select(a => a.Permission).ToList();
            if (!isAdmin && !StaffOnlyOutsideAdmin.Contains(route) && permissions.Count == 0)
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            foreach (var method in methods.Where(m => m is "GET" or "POST"))
            {
                // The most specific one: an action's own permission over its controller's AccessAdminPanel.
                result[(method, route)] = permissions.LastOrDefault() ?? "";
            }
        }

        return result;
    }

    private static string Fill(string template, Dictionary<string, string> ids, bool unknown = false)
    {
        // "{id}" is the item of the route's own kind.
        var result = template.Replace("{id}", template.StartsWith("/admin/users", StringComparison.Ordinal) ? "{userId}"
            : template.StartsWith("/admin/menus", StringComparison.Ordinal) ? "{menuId}"
            : template.StartsWith("/admin/applications", StringComparison.Ordinal) ? "{applicationId}"
            : template.StartsWith("/admin/meetings", StringComparison.Ordinal) ? "{meetingId}" : "{contentId}", StringComparison.Ordinal);
        if (template.StartsWith("/admin/roles", StringComparison.Ordinal))
        {
            result = result.Replace("{name}", "{roleName}", StringComparison.Ordinal);
        }

        foreach (var (name, value) in ids)
        {
            var id = unknown ? (name is "auditId" or "meetingId" ? "999999999" : UnknownId) : value;
            result = result.Replace("{" + name + "}", id, StringComparison.Ordinal);
        }

        return result.Replace("{id:long}", unknown ? "999999999" : ids[template.StartsWith("/admin/meetings", StringComparison.Ordinal) ? "meetingId" : "auditId"], StringComparison.Ordinal);
    }

    /// <summary>A contact message sent as the public form sends it.</summary>
    private static async Task<string> SeededSubmissionAsync(IServiceProvider services)
    {
        var form = await services.GetRequiredService<Cms.Forms.Services.FormCatalog>().DescribeAsync("ContactMessage", false, CancellationToken.None);
        var message = await services.GetRequiredService<Cms.Contents.Services.ContentManager>().NewAsync("ContactMessage");
        message.Content["ContactMessage"] = new System.Text.Json.Nodes.JsonObject
        {
            ["Name"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "Authorization table" },
            ["Email"] = new System.Text.Json.Nodes.JsonObject { ["Email"] = "authz@example.org" },
            ["Subject"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "Authorization table" },
        };
        var receipt = await services.GetRequiredService<Cms.Forms.Services.FormSubmissionService>().SubmitAsync(form!, message, "da-DK", draftId: null, CancellationToken.None);
        return receipt.ContentItemId;
    }

    /// <summary>Real ids from the seeded site for the route parameters.</summary>
    private async Task<Dictionary<string, string>> SeededIdsAsync() =>
        await Site.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LtkDbContext>();
            var page = await db.Set<ContentItem>().AsNoTracking()
                .Where(i => i.ContentType == "Page" && i.Latest && i.HasPublished && i.DeletedUtc == null && i.Owner == AuditTrailService.SystemUserName)
                .OrderBy(i => i.Id).FirstAsync();
            var store = services.GetRequiredService<IMediaFileStore>();
            await store.TryCreateFileAsync("authz-table.pdf", new MemoryStream(MediaTestFiles.Pdf()), CancellationToken.None);
            var menu = await db.Set<ContentItem>().AsNoTracking().Where(i => i.ContentType == MenuNames.MenuType && i.Latest && i.DeletedUtc == null).OrderBy(i => i.Id).FirstAsync();
            var admin = await services.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync("admin");
            var mail = await services.GetRequiredService<Cms.Email.Services.IMailOutbox>().WriteAsync(
                new Cms.Email.Services.OutgoingMail("authz-table", ["authz@example.org"], "Authorization table", "A mail to open and resend."));
            var workflowType = new Workflows.WorkflowTypeBuilder("authz-table").Start("start", "SignalEvent", Workflows.WorkflowTypeBuilder.Signal("authz-table")).Build();
            await services.GetRequiredService<Cms.Workflows.Services.WorkflowTypeStore>().SaveAsync(workflowType);
            await db.SaveChangesAsync();
            var workflow = await services.GetRequiredService<Cms.Workflows.Services.WorkflowManager>().StartAsync(workflowType.WorkflowTypeId, correlationId: "authz-table");
            await db.SaveChangesAsync();
            var task = await SeededTaskAsync(services);
            var application = await services.GetRequiredService<Cms.Contents.Services.ContentManager>().CreateAsync(
                await services.GetRequiredService<Cms.Contents.Services.ContentManager>().NewAsync("GrantApplication"), publish: false);
            var formFile = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            await services.GetRequiredService<Cms.Forms.Services.IFormFileStore>().SaveAsync(formFile, new MemoryStream(MediaTestFiles.Pdf()), CancellationToken.None);
            db.Set<Cms.Forms.Data.FormFileRecord>().Add(new Cms.Forms.Data.FormFileRecord
            {
                FileId = formFile,
                FileName = "authz-table.pdf",
                ContentType = "application/pdf",
                Length = MediaTestFiles.Pdf().Length,
                ContentItemId = page.ContentItemId,
                CreatedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            var submission = await SeededSubmissionAsync(services);
            await db.SaveChangesAsync();
            return new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["submissionId"] = submission,
                ["taskId"] = task,
                ["fileId"] = formFile,
                ["contentId"] = page.ContentItemId,
                ["applicationId"] = application.ContentItemId,
                // The recipe plans the council's meetings; no item is on an agenda, so an allowed POST is stopped before it finds none.
                ["meetingId"] = (await db.Set<Council.Meetings.Data.Meeting>().OrderBy(m => m.Id).Select(m => m.Id).FirstAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["agendaItemId"] = "1",
                ["menuId"] = menu.ContentItemId,
                ["itemId"] = MenuTree.Flatten(MenuTree.Read(menu.Content)).First().Node.Id,
                ["userId"] = admin!.Id,
                ["contentItemId"] = page.ContentItemId,
                ["versionId"] = page.ContentItemVersionId,
                ["type"] = "Page",
                ["name"] = "Page",
                ["roleName"] = CmsRoles.Editor,
                ["section"] = "General",
                ["partName"] = "AutoroutePart",
                ["fieldName"] = "Intro",
                ["auditId"] = (await db.AuditTrailEvents.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["recipe"] = "ltk.recipe.json",
                ["mediaFile"] = "authz-table.pdf",
                ["mailId"] = mail.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["typeId"] = workflowType.WorkflowTypeId,
                ["workflowId"] = workflow.WorkflowId,
                ["activityId"] = "start",
                ["activityName"] = "UserTask",
                ["version:int"] = "1",
                ["year:int"] = "2027",
                ["template"] = services.GetRequiredService<ThemeTemplates>().Names.Order(StringComparer.Ordinal).First(),
            };
        });

    /// <summary>A workflow halted on a task for the Secretariat, whose id the task routes take.</summary>
    private static async Task<string> SeededTaskAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<LtkDbContext>();
        var draft = new Workflows.WorkflowTypeBuilder("authz-table-task")
            .Start("received", "SignalEvent", Workflows.WorkflowTypeBuilder.Signal("authz-table"))
            .Then("review", "UserTask", new System.Text.Json.Nodes.JsonObject
            {
                ["Title"] = "Authorization table task",
                ["Roles"] = new System.Text.Json.Nodes.JsonArray(CmsRoles.Secretariat),
                ["Actions"] = new System.Text.Json.Nodes.JsonArray("Approve"),
            })
            .Connect("received", "Done", "review")
            .Build();
        await services.GetRequiredService<Cms.Workflows.Services.WorkflowTypeStore>().SaveAsync(draft);
        await db.SaveChangesAsync();
        var instance = await services.GetRequiredService<Cms.Workflows.Services.WorkflowManager>().StartAsync(draft.WorkflowTypeId);
        await db.SaveChangesAsync();
        return await db.Set<Cms.Workflows.Tasks.WorkflowTask>().Where(t => t.WorkflowId == instance.WorkflowId).Select(t => t.TaskId).SingleAsync();
    }

    private sealed record SignedIn(string Name, string? Role, HttpClient Client, string Token);

    /// <summary>Signs each kind of user in once: a visitor, the Administrator, an Editor, a Secretariat user and one without admin access.</summary>
    private async Task<IReadOnlyList<SignedIn>> SignInEveryoneAsync()
    {
        await Site.WithScopeAsync(async services =>
        {
            // Every permission but the admin area's: such a user is refused everywhere there.
            var roles = services.GetRequiredService<RoleManager<CmsRole>>();
            var role = new CmsRole(NoAdminRole);
            await roles.CreateAsync(role);
            var all = services.GetRequiredService<PermissionCatalog>().All.Select(p => p.Name).Where(n => n != CorePermissions.AccessAdminPanel.Name);
            await RolesRecipeStep.SetPermissionsAsync(roles, role, all.ToHashSet(StringComparer.Ordinal));
            return true;
        });

        var result = new List<SignedIn>();
        foreach (var role in new[] { CmsRoles.Editor, CmsRoles.Secretariat, NoAdminRole })
        {
            var userName = "table-" + role.ToLowerInvariant();
            await Site.CreateUserAsync(userName, Password, role);
            result.Add(await SignInAsync(role, role, userName, Password));
        }

        result.Add(await SignInAsync(CmsRoles.Administrator, CmsRoles.Administrator, "admin", SiteFactory.AdminPassword));
        result.Add(await SignInAsync("anonymous", null, null, null));
        return result;
    }

    private async Task<SignedIn> SignInAsync(string name, string? role, string? userName, string? password)
    {
        var client = Site.CreateClient();
        if (userName is not null)
        {
            var response = await client.LoginAsync(userName, password!);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{userName} could not sign in: {(int)response.StatusCode}");
        }

        // The token of the signed-in user's own session, as a form page would carry it.
        return new SignedIn(name, role, client, await client.GetAntiforgeryTokenAsync("/login"));
    }

    /// <summary>A hash of every table's rows and of the media files, to show a request changed nothing.</summary>
    private Task<string> FingerprintAsync() =>
        Site.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LtkDbContext>();
            var text = new StringBuilder();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                foreach (var table in tables)
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = $"SELECT * FROM \"{table}\"";
                    text.Append(table).Append('\n').AppendJoin('\n', await ReadRowsAsync(command)).Append('\n');
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            foreach (var file in (await services.GetRequiredService<IMediaFileStore>().ListAllFilesAsync(CancellationToken.None)).OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                text.Append(file.Path).Append(' ').Append(file.Length).Append('\n');
            }

            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        });

    private static async Task<List<string>> ReadRowsAsync(DbCommand command)
    {
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join('|', values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
