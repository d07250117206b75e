using Cms.Core.Navigation;
using Cms.Media.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Media;

public sealed class AdminMenu(IStringLocalizer<MediaStrings> T) : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu) =>
        menu.Add(T["Media"], "/admin/media", Permissions.ManageMedia, 15, "Content");
}
