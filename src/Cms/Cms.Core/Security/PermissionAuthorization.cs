using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Cms.Core.Security;

/// <summary>Requires that the user holds a permission (through a role claim) or is an Administrator.</summary>
public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}

public sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.HasPermission(requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public static class PermissionExtensions
{
    public static bool HasPermission(this ClaimsPrincipal user, Permission permission) =>
        user.Identity?.IsAuthenticated == true
        && (user.IsInRole(CmsRoles.Administrator) || HasClaimOrImplied(user, permission, depth: 0));

    private static bool HasClaimOrImplied(ClaimsPrincipal user, Permission permission, int depth) =>
        user.HasClaim(c => c.Type == Permission.ClaimType && string.Equals(c.Value, permission.Name, StringComparison.Ordinal))
        || (depth < 5 && permission.ImpliedBy.Any(p => HasClaimOrImplied(user, p, depth + 1)));

    /// <summary>Orchard-style check in a controller: <c>if (!await auth.AuthorizeAsync(User, Permissions.X)) return Forbid();</c></summary>
    public static async Task<bool> AuthorizeAsync(this IAuthorizationService service, ClaimsPrincipal user, Permission permission) =>
        (await service.AuthorizeAsync(user, null, new PermissionRequirement(permission))).Succeeded;
}
