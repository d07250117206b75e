using Cms.Core.Modules;
using Cms.Core.Work;
using Cms.Workflows.Activities;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Dashboard;
using Cms.Workflows.Data;
using Cms.Workflows.Housekeeping;
using Cms.Workflows.Localization;
using Cms.Workflows.Recipes;
using Cms.Workflows.Services;
using Cms.Workflows.Signals;
using Cms.Workflows.Tasks;
using Cms.Workflows.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cms.Workflows;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModelContributor<WorkflowModelContributor>();
        services.AddPermissionProvider<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddDashboardWidget<WorkflowsWidget>();
        services.AddAuditTrailCategory<WorkflowStrings>(NotifyTask.AuditCategory, "Workflows");
        services.AddRecipeStep<WorkflowTypeRecipeStep>();

        services.AddSingleton<WorkflowExpressions>();
        services.AddScoped<ActivityCatalog>();
        services.AddScoped<WorkflowTypeVersions>();
        services.AddScoped<WorkflowDefinitionValidator>();
        services.AddScoped<WorkflowTypeStore>();
        services.AddScoped<WorkflowManager>();
        services.AddScoped<WorkflowVersionMigrator>();
        services.AddScoped<WorkflowWithdrawals>();
        services.AddScoped<WorkflowTypeExporter>();
        services.AddScoped<WorkflowTimers>();
        services.AddScoped<IWorkflowSignals, WorkflowSignals>();
        services.AddWorkHandler<TimerStartHandler>();
        services.AddWorkHandler<TimerResumeHandler>();
        services.AddWorkHandler<SignalDeliveryHandler>();
        services.AddScoped<WorkflowGraphBuilder>();
        services.AddScoped<ActivitySettingsForm>();
        services.AddActivitySettingOptions<RoleSettingOptions>();
        services.AddMetrics();
        services.AddSingleton<WorkflowMetrics>();
        services.Configure<WorkflowHousekeepingOptions>(Configuration.GetSection("Workflows:Housekeeping"));
        services.AddWorkHandler<WorkflowHousekeepingHandler>();
        services.AddRecurringWork(WorkflowHousekeepingHandler.WorkKind, WorkflowHousekeepingSchedule.Key, s => s.GetRequiredService<IOptions<WorkflowHousekeepingOptions>>().Value.Cron);

        services.AddActivity<SetPropertyTask>();
        services.AddActivity<IfElseTask>();
        services.AddActivity<ForkTask>();
        services.AddActivity<JoinTask>();
        services.AddActivity<LogTask>();
        services.AddActivity<NotifyTask>();
        services.AddActivity<SignalEvent>();
        services.AddActivity<CorrelateTask>();
        services.AddActivity<TimerEvent>();
        services.AddActivity<WaitUntilTask>();

        services.AddTaskInbox();
    }
}
