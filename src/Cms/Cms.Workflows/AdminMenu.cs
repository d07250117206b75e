using Cms.Core.Navigation;
using Cms.Workflows.Controllers;
using Cms.Workflows.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows;

public sealed class AdminMenu(IStringLocalizer<WorkflowAdminStrings> T) : IAdminMenuProvider
{
    public void BuildMenu(AdminMenuBuilder menu) =>
        menu.Add(T["Workflows"], WorkflowAdminUrls.Types, Permissions.ManageWorkflows, 30, "Administration");
}
