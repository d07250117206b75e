using Cms.Core.Navigation;
using Cms.Email.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Email;

public sealed class AdminMenu(IStringLocalizer<EmailStrings> T) : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu) =>
        menu.Add(T["Outbox"], "/admin/outbox", Permissions.ViewOutbox, 35, "Administration");
}
