using Cms.Core.Security;

namespace Cms.Workflows;

/// <summary>Who may define workflow types, import them and move or retry their instances, and who has a task inbox.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageWorkflows = new("ManageWorkflows", "Manage workflow types and their instances", "Workflows");

    /// <summary>The task inbox; which tasks one sees in it is decided by each task's roles.</summary>
    public static readonly Permission ViewTasks = new("ViewTasks", "See the task inbox and act on the tasks for one's roles", "Workflows");

    public IEnumerable<Permission> GetPermissions() => [ManageWorkflows, ViewTasks];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(CmsRoles.Administrator, [ManageWorkflows, ViewTasks]),
        new(CmsRoles.Secretariat, [ViewTasks]),
    ];
}
