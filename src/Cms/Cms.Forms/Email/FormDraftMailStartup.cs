using Cms.Core.Modules;
using Cms.Email.Workflows;
using Cms.Forms.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Forms.Email;

/// <summary>"Save and continue later" mails its link through the outbox; without the mail module forms do not offer it.</summary>
[RequireFeatures("Cms.Email")]
public sealed class FormDraftMailStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddScoped<MailLinks>();
        services.AddScoped<IFormDraftLinkSender, OutboxFormDraftLinkSender>();
    }
}
