using Cms.Core.Navigation;
using Cms.Forms.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Forms;

public sealed class AdminMenu(IStringLocalizer<FormStrings> T) : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu) =>
        menu.Add(T["Form submissions"], "/admin/forms/submissions", Permissions.ViewFormSubmissions, 12, "Content");
}
