using Cms.Core.Modules;
using Council.Grants.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Council.Grants.Workflows;

/// <summary>The applications' workflow journal and open tasks on their admin page; runs only when the workflow module is part of the site.</summary>
[RequireFeatures("Cms.Workflows")]
public sealed class GrantWorkflowsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IApplicationWorkflowHistory, WorkflowApplicationHistory>();
}
