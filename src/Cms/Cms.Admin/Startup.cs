using System.Threading.RateLimiting;
using Cms.Admin.Localization;
using Cms.Admin.Settings;
using Cms.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddAdminMenu<AdminMenu>();
        services.AddStaffOnlyPaths("/admin", "/login", "/logout", "/access-denied");
        services.AddAuditTrailCategory<AdminStrings>("User", "User");
        services.AddAuditTrailCategory<AdminStrings>("Role", "Role");
        services.AddAuditTrailCategory<AdminStrings>(Controllers.SettingsController.AuditCategory, "Settings");
        services.AddSiteSettingsSection<GeneralSettingsEditor>();

        var attemptsPerMinute = Configuration.GetValue("Security:LoginAttemptsPerMinute", 20);
        services.AddRateLimitPolicy(AdminRateLimits.Login, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = attemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
    }
}
