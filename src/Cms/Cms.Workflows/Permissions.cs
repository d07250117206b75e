using Cms.Core.Security;

namespace Cms.Workflows;

/// <summary>Who may define workflow types, import them and move or retry their instances.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageWorkflows = new("ManageWorkflows", "Manage workflow types and their instances", "Workflows");

    public IEnumerable<Permission> GetPermissions() => [ManageWorkflows];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(CmsRoles.Administrator, [ManageWorkflows]),
    ];
}
