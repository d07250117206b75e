using Cms.Core.Navigation;
using Cms.Workflows.Localization;
using Cms.Workflows.Tasks;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows;

/// <summary>The task inbox's entry, first among the things to work on.</summary>
public sealed class TasksAdminMenu(IStringLocalizer<TasksStrings> T) : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu) =>
        menu.Add(T["Tasks"], TaskUrls.Inbox, Permissions.ViewTasks, 5, "Content");
}
