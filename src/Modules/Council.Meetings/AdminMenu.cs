using Cms.Core.Navigation;
using Council.Meetings.Localization;
using Microsoft.Extensions.Localization;

namespace Council.Meetings;

public sealed class AdminMenu(IStringLocalizer<MeetingStrings> T) : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu) => menu.Add(T["Meetings"], "/admin/meetings", Permissions.ManageMeetings, 9, "Content");
}
