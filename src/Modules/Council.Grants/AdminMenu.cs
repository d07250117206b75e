using Cms.Core.Navigation;
using Council.Grants.Localization;
using Microsoft.Extensions.Localization;

namespace Council.Grants;

public sealed class AdminMenu(IStringLocalizer<GrantStrings> T) : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu)
    {
        menu.Add(T["Grant applications"], "/admin/applications", Permissions.ManageGrantApplications, 7, "Content");
        menu.Add(T["Grant pool"], "/admin/pool", Permissions.ManageGrantPool, 8, "Content");
    }
}
