namespace Cms.Core.Security;

/// <summary>Permissions of the CMS host itself.</summary>
public sealed class CorePermissions : IPermissionProvider
{
    public static readonly Permission AccessAdminPanel = new("AccessAdminPanel", "Open the admin area", "Admin");
    public static readonly Permission ManageSettings = new("ManageSettings", "Change the site settings", "Admin");
    public static readonly Permission ManageUsers = new("ManageUsers", "Add users and give them roles", "Security");
    public static readonly Permission ManageRoles = new("ManageRoles", "Change roles and their permissions", "Security");
    public static readonly Permission ViewModules = new("ViewModules", "See the modules of the site", "Admin");

    public IEnumerable<Permission> GetPermissions() =>
        [AccessAdminPanel, ManageSettings, ManageUsers, ManageRoles, ViewModules];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(CmsRoles.Administrator, [AccessAdminPanel, ManageSettings, ManageUsers, ManageRoles, ViewModules]),
        new(CmsRoles.Editor, [AccessAdminPanel]),
        new(CmsRoles.Secretariat, [AccessAdminPanel]),
    ];
}
