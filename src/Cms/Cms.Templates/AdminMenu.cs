using Cms.Core.Navigation;
using Cms.Templates.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Templates;

public sealed class AdminMenu(IStringLocalizer<TemplateStrings> T) : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu) =>
        menu.Add(T["Templates"], "/admin/templates", Permissions.ManageTemplates, 25, "Content");
}
