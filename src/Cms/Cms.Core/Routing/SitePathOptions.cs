using Microsoft.AspNetCore.Http;

namespace Cms.Core.Routing;

/// <summary>
/// Addresses that belong to the application rather than to content, contributed by each module's Startup
/// (<c>services.AddReservedPaths(...)</c>, <c>services.AddStaffOnlyPaths(...)</c>): content may not take a
/// reserved first segment, and staff-only addresses are left out of the public site's language rules.
/// </summary>
public sealed class SitePathOptions
{
    /// <summary>First path segments content may not use (<c>admin</c>, <c>media</c>, <c>sitemap.xml</c>…).</summary>
    public HashSet<string> ReservedSegments { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Address prefixes only staff use (<c>/admin</c>, <c>/login</c>, <c>/preview</c>…).</summary>
    public List<PathString> StaffOnlyPrefixes { get; } = [];

    /// <summary>Whether a content path (without its leading slash) starts with a reserved segment.</summary>
    public bool IsReserved(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return ReservedSegments.Contains(slash < 0 ? path : path[..slash]);
    }

    /// <summary>Whether the address is one of the staff's own (it or a path below it).</summary>
    public bool IsStaffOnly(PathString path) => StaffOnlyPrefixes.Exists(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}
