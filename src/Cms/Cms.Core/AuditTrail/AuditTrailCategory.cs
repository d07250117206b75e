namespace Cms.Core.AuditTrail;

/// <summary>
/// A category of audit-trail records a module writes (<c>services.AddAuditTrailCategory&lt;TStrings&gt;(...)</c>):
/// its stored <see cref="Name"/>, and the display name the audit trail's filter shows, localized with
/// <see cref="LocalizerResource"/>'s strings.
/// </summary>
public sealed record AuditTrailCategory(string Name, string DisplayName, Type LocalizerResource);
