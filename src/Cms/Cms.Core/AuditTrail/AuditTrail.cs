using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Data;
using Microsoft.AspNetCore.Http;

namespace Cms.Core.AuditTrail;

/// <summary>What a caller tells the audit trail about a change.</summary>
public sealed record AuditTrailEntry(string Category, string EventName, string ObjectId, string ObjectName)
{
    public string? ObjectType { get; init; }

    public string? Comment { get; init; }

    public JsonNode? Before { get; init; }

    public JsonNode? After { get; init; }
}

/// <summary>
/// Records changes in the caller's unit of work: the event is added to the context and saved with
/// the change itself, so there is never a change without its record or a record without its change.
/// </summary>
public sealed class AuditTrailService(LtkDbContext db, IHttpContextAccessor httpContext, TimeProvider clock)
{
    /// <summary>Name recorded when no user is signed in (setup, recipes at start-up, scheduled jobs).</summary>
    public const string SystemUserName = "system";

    /// <summary>Who acts in a request: the signed-in user's name, else <see cref="SystemUserName"/> (background work, recipes).</summary>
    public static string UserNameOf(HttpContext? httpContext) =>
        httpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : SystemUserName;

    public void Record(AuditTrailEntry entry, ClaimsPrincipal? user = null)
    {
        user ??= httpContext.HttpContext?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        db.Set<AuditTrailEvent>().Add(new AuditTrailEvent
        {
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Category = entry.Category,
            EventName = entry.EventName,
            ObjectId = entry.ObjectId,
            ObjectName = Truncate(entry.ObjectName, 500),
            ObjectType = entry.ObjectType,
            Comment = entry.Comment,
            UserId = signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            UserName = signedIn ? user!.Identity!.Name ?? "" : SystemUserName,
            BeforeJson = entry.Before?.ToJsonString(s_json),
            AfterJson = entry.After?.ToJsonString(s_json),
        });
    }

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = false };

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
