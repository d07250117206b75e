using Cms.Core.Navigation;
using Cms.Menus.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Menus;

public sealed class AdminMenu(IStringLocalizer<MenuStrings> T) : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu) =>
        menu.Add(T["Menus"], "/admin/menus", Permissions.ManageMenus, 17, "Content");
}
