using Cms.Core.Health;
using Cms.Core.Modules;
using Cms.Core.Work;
using Cms.Email.Dashboard;
using Cms.Email.Localization;
using Cms.Email.Models;
using Cms.Email.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cms.Email;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddAuditTrailCategory<EmailStrings>("Outbox", "Outbox");
        services.AddModelContributor<EmailModel>();
        services.Configure<EmailOptions>(Configuration.GetSection("Email"));
        services.AddScoped<IMailOutbox, MailOutbox>();
        services.AddSingleton<SmtpMailTransport>();
        services.AddSingleton<PickupFolderMailTransport>();
        // No SMTP host configured: mails become files in the pickup folder, so the site runs without a mail server.
        services.AddSingleton<IMailTransport>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<EmailOptions>>().Value.Smtp.Host)
            ? sp.GetRequiredService<PickupFolderMailTransport>()
            : sp.GetRequiredService<SmtpMailTransport>());
        services.AddWorkHandler<MailDeliveryHandler>();
        services.AddDashboardWidget<OutboxWidget>();
        services.AddSharedHealthCheck<OutboxHealthCheck>("outbox");
    }
}
