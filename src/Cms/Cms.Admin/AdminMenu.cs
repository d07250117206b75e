using Cms.Admin.Localization;
using Cms.Core.Navigation;
using Cms.Core.Security;
using Microsoft.Extensions.Localization;

namespace Cms.Admin;

public sealed class AdminMenu(IStringLocalizer<AdminStrings> T) : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu)
    {
        menu.Add(T["Users"], "/admin/users", CorePermissions.ManageUsers, 10, "Administration")
            .Add(T["Roles"], "/admin/roles", CorePermissions.ManageRoles, 20, "Administration")
            .Add(T["Settings"], "/admin/settings", CorePermissions.ManageSettings, 30, "Administration")
            .Add(T["Modules"], "/admin/modules", CorePermissions.ViewModules, 90, "Administration");
    }
}
