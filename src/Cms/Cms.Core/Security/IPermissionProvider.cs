namespace Cms.Core.Security;

/// <summary>Declares a module's permissions and which roles get them by default (Orchard's stereotypes).</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    IEnumerable<PermissionStereotype> GetDefaultStereotypes();
}

/// <summary>The permissions a role gets when the module is first enabled on a site.</summary>
public sealed record PermissionStereotype(string RoleName, IReadOnlyList<Permission> Permissions);
