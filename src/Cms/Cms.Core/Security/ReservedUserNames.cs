using Cms.Core.AuditTrail;

namespace Cms.Core.Security;

/// <summary>
/// User names nobody may take: the audit trail and content ownership record system actions under
/// <see cref="AuditTrailService.SystemUserName"/>, so a person with that name could pass for the system.
/// </summary>
public static class ReservedUserNames
{
    private static readonly HashSet<string> s_names = new(StringComparer.OrdinalIgnoreCase) { AuditTrailService.SystemUserName };

    public static bool IsReserved(string? userName) => userName is not null && s_names.Contains(userName.Trim());
}
