using Cms.Contents.Localization;
using Cms.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Cms.Contents;

public sealed class AdminMenu(IStringLocalizer<ContentStrings> T) : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu)
    {
        menu.Add(T["Content"], "/admin/content", Permissions.EditOwnContent, 10, "Content")
            .Add(T["Content types"], "/admin/content-types", Permissions.ManageContentTypes, 20, "Content")
            .Add(T["Audit trail"], "/admin/audit", Permissions.ViewAuditTrail, 30, "Administration")
            .Add(T["Recipes"], "/admin/recipes", Permissions.ImportRecipes, 40, "Administration");
    }
}
