using Microsoft.AspNetCore.Authorization;

namespace Cms.Core.Security;

/// <summary>
/// The one way an admin controller or action says which permission it needs:
/// <c>[RequirePermission(nameof(CorePermissions.ManageUsers))]</c>. On the class it covers every action; an
/// action may add more (all must hold). The <see cref="PermissionPolicyProvider"/> turns it into a policy that
/// also requires <see cref="CorePermissions.AccessAdminPanel"/>, so anonymous visitors are sent to the login
/// and signed-in users without the permission to the access-denied page before the action runs.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class RequirePermissionAttribute : AuthorizeAttribute
{
    public const string PolicyPrefix = "Permission:";

    public RequirePermissionAttribute(string permission)
        : base(PolicyPrefix + permission)
    {
        Permission = permission;
    }

    /// <summary>The <see cref="Security.Permission.Name"/> of the permission.</summary>
    public string Permission { get; }
}
