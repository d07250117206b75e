using Cms.Core.Security;

namespace Cms.Menus;

/// <summary>Who may change the site's menus (everyone sees the published ones).</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageMenus = new("ManageMenus", "Edit and publish the site's menus", "Content");

    public IEnumerable<Permission> GetPermissions() => [ManageMenus];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(CmsRoles.Administrator, [ManageMenus]),
        new(CmsRoles.Editor, [ManageMenus]),
    ];
}
