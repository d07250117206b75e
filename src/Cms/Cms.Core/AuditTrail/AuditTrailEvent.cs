namespace Cms.Core.AuditTrail;

/// <summary>
/// One recorded change: who did what to which object, when, and the state before and after
/// (as JSON snapshots, so the admin can show the difference).
/// </summary>
public sealed class AuditTrailEvent
{
    public long Id { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Area of the change, e.g. <c>Content</c>, <c>ContentType</c>, <c>User</c>, <c>Role</c>.</summary>
    public string Category { get; set; } = "";

    /// <summary>What happened, e.g. <c>Created</c>, <c>Saved</c>, <c>Published</c>.</summary>
    public string EventName { get; set; } = "";

    /// <summary>The changed object's id (content item id, type name, user id, role name).</summary>
    public string ObjectId { get; set; } = "";

    /// <summary>A human name of the object at the time (title, type display name, user name).</summary>
    public string ObjectName { get; set; } = "";

    /// <summary>Sub-kind of the object, e.g. the content type of an item.</summary>
    public string? ObjectType { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    public string? Comment { get; set; }

    public string? BeforeJson { get; set; }

    public string? AfterJson { get; set; }
}
