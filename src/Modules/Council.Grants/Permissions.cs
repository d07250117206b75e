using Cms.Core.Security;

namespace Council.Grants;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageGrantApplications = new("ManageGrantApplications", "Work with grant applications", "Grants");

    public IEnumerable<Permission> GetPermissions() => [ManageGrantApplications];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(CmsRoles.Administrator, [ManageGrantApplications]),
        new(CmsRoles.Secretariat, [ManageGrantApplications]),
    ];
}
