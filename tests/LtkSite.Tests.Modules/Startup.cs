using System.Threading.RateLimiting;
using Cms.Contents;
using Cms.Core.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Modules;

public sealed class Startup : ModuleStartup
{
    public const string RateLimitPolicy = "test-limited";
    public const int RateLimitPermits = 2;

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddContentPart<RatingPartDriver>();
        services.AddContentField<StarsFieldDriver>();
        services.AddContentPartSettings<RatingPartSettingsEditor>();
        services.AddContentField<GradeFieldDriver>();
        services.AddContentFieldSettings<GradeFieldSettingsEditor>();
        services.AddReservedPaths("test-reserved");
        services.AddAuditTrailCategory<TestStrings>("TestExtensions", "Test extensions");
        services.AddDashboardWidget<TestDashboardWidget>();
        services.AddRateLimitPolicy(RateLimitPolicy, _ => RateLimitPartition.GetFixedWindowLimiter(
            "all",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = RateLimitPermits, Window = TimeSpan.FromHours(1) }));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/test-limited", () => "ok").RequireRateLimiting(RateLimitPolicy);
}
