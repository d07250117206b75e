using Cms.Core.Modules;
using Cms.Email.Workflows;
using Cms.Forms.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Forms.Email;

/// <summary>Mails about submissions, as the form's settings ask; runs only when the e-mail module is part of the site.</summary>
[RequireFeatures("Cms.Email")]
public sealed class FormEmailStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.TryAddScoped<MailLinks>();
        services.AddEventHandler<FormSubmitted, FormSubmissionMailHandler>();
    }
}
