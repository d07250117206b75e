using Cms.Core.Modules;
using Cms.Core.Work;
using Cms.Workflows.Activities;
using Cms.Workflows.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Workflows.Tasks;

public static class TasksServiceCollectionExtensions
{
    /// <summary>The user task activity, its inbox, the escalation of overdue tasks and their admin menu and dashboard entries.</summary>
    public static IServiceCollection AddTaskInbox(this IServiceCollection services)
    {
        services.AddModelContributor<TasksModelContributor>();
        services.AddAuditTrailCategory<TasksStrings>(TaskInbox.AuditCategory, "Tasks");
        services.AddScoped<TaskCreator>();
        services.AddScoped<TaskInbox>();
        services.AddActivity<UserTask>();
        services.AddWorkHandler<TaskOverdueWorkHandler>();
        services.AddAdminMenu<TasksAdminMenu>();
        services.AddAdminMenuCounter<TasksMenuCounter>();
        services.AddDashboardWidget<TasksWidget>();
        return services;
    }
}
