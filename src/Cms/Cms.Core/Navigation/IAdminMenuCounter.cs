using System.Security.Claims;

namespace Cms.Core.Navigation;

/// <summary>
/// A number shown beside one admin menu entry (<c>services.AddAdminMenuCounter&lt;T&gt;()</c>), e.g. the open tasks for the
/// user's roles. Scoped and asked on every admin page: keep it to one indexed count, and return null for a user it does not concern.
/// </summary>
public interface IAdminMenuCounter
{
    /// <summary>The <see cref="AdminMenuItem.Url"/> of the entry it counts for.</summary>
    string Url { get; }

    Task<AdminMenuCount?> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
