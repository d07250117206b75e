using Cms.Core.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Email.Workflows;

/// <summary>Mails the roles of an overdue workflow task; runs only when the workflow module is part of the site.</summary>
[RequireFeatures("Cms.Workflows")]
public sealed class TaskEscalationStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.TryAddScoped<MailRecipientResolver>();
        services.TryAddScoped<MailLinks>();
        services.AddEventHandlers<TaskEscalationMailHandler>();
    }
}
