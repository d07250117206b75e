using Cms.Core.Modules;
using Cms.Email.Services;
using Cms.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Email.Workflows;

/// <summary>The e-mail activity of workflows and the per-instance mail budget; runs only when the workflow module is part of the site.</summary>
[RequireFeatures("Cms.Workflows")]
public sealed class EmailWorkflowsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddActivity<EmailTask>();
        services.AddScoped<IMailBudget, WorkflowMailBudget>();
        services.TryAddScoped<MailRecipientResolver>();
        services.AddScoped<MailTemplateScope>();
        services.TryAddScoped<MailLinks>();
    }
}
