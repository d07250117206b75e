using Cms.Contents.Services;
using LtkSite.Testing;
using LtkSite.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

/// <summary>
/// The real site, with its SQL commands counted, the output cache entries it stores recorded and the security stamp
/// check's clock in the test's hand.
/// </summary>
public sealed class InstrumentedSiteFactory(TestDatabase database) : SiteFactory(database)
{
    public SqlCommandCounter Sql { get; } = new();

    /// <summary>The clock of the security stamp check (when a signed-in user's roles are read again).</summary>
    public AdjustableClock SecurityClock { get; } = new();

    public CountingOutputCacheStore OutputCache => Services.GetRequiredService<CountingOutputCacheStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteLtkDbContext>((_, o) => o.AddInterceptors(Sql));
            services.ConfigureDbContext<PostgresLtkDbContext>((_, o) => o.AddInterceptors(Sql));
            services.AddSingleton<IStartupFilter>(new CountRequestsFilter(Sql));
            services.Configure<SecurityStampValidatorOptions>(o => o.TimeProvider = SecurityClock);
            services.AddSingleton(sp => new CountingOutputCacheStore(sp.GetRequiredService<EvictionAwareOutputCacheStore>()));
            services.AddSingleton<IOutputCacheStore>(sp => sp.GetRequiredService<CountingOutputCacheStore>());
        });
    }

    /// <summary>Starts counting once the site serves requests.</summary>
    private sealed class CountRequestsFilter(SqlCommandCounter sql) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            sql.Requests = app.ApplicationServices.GetRequiredService<IHttpContextAccessor>();
            next(app);
        };
    }
}
