using Cms.Core.Modules;
using Cms.Forms.Events;
using Cms.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Forms.Workflows;

/// <summary>The form-submitted workflow event; runs only when the workflow module is part of the site.</summary>
[RequireFeatures("Cms.Workflows")]
public sealed class FormWorkflowsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddActivity<FormSubmittedEvent>();
        services.AddEventHandler<FormSubmitted, FormWorkflowEventHandler>();
    }
}
