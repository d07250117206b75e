using Cms.Core.Security;

namespace Council.Grants;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageGrantApplications = new("ManageGrantApplications", "Work with grant applications", "Grants");

    public static readonly Permission ManageGrantPool = new("ManageGrantPool", "Set up the yearly grant pool and see its figures", "Grants");

    public IEnumerable<Permission> GetPermissions() => [ManageGrantApplications, ManageGrantPool];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(CmsRoles.Administrator, [ManageGrantApplications, ManageGrantPool]),
        new(CmsRoles.Secretariat, [ManageGrantApplications, ManageGrantPool]),
    ];
}
