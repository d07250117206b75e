using Cms.Core.Modules;
using Cms.Workflows.Activities;
using Cms.Workflows.Data;
using Cms.Workflows.Localization;
using Cms.Workflows.Recipes;
using Cms.Workflows.Services;
using Cms.Workflows.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Workflows;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModelContributor<WorkflowModelContributor>();
        services.AddPermissionProvider<Permissions>();
        services.AddAuditTrailCategory<WorkflowStrings>(NotifyTask.AuditCategory, "Workflows");
        services.AddRecipeStep<WorkflowTypeRecipeStep>();

        services.AddSingleton<WorkflowExpressions>();
        services.AddScoped<ActivityCatalog>();
        services.AddScoped<WorkflowTypeVersions>();
        services.AddScoped<WorkflowDefinitionValidator>();
        services.AddScoped<WorkflowTypeStore>();
        services.AddScoped<WorkflowManager>();
        services.AddScoped<WorkflowVersionMigrator>();
        services.AddScoped<WorkflowTypeExporter>();

        services.AddActivity<SetPropertyTask>();
        services.AddActivity<IfElseTask>();
        services.AddActivity<ForkTask>();
        services.AddActivity<JoinTask>();
        services.AddActivity<LogTask>();
        services.AddActivity<NotifyTask>();
        services.AddActivity<SignalEvent>();
        services.AddActivity<CorrelateTask>();

        services.AddTaskInbox();
    }
}
