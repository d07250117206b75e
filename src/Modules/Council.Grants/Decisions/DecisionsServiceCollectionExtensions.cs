using Cms.Core.Modules;
using Council.Grants.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Council.Grants.Decisions;

/// <summary>The council's decisions, the pool's bookings and the public list of funded projects.</summary>
public static class DecisionsServiceCollectionExtensions
{
    public static IServiceCollection AddDecisions(this IServiceCollection services)
    {
        services.AddScoped<GrantCriteria>();
        services.AddScoped<GrantPoolChanges>();
        services.AddScoped<GrantPoolLock>();
        services.AddScoped<GrantDecisionService>();
        services.AddScoped<GrantDecisionPanels>();
        services.AddScoped<FundedProjects>();
        services.AddReservedPaths(FundedProjects.DanishSegment);
        return services;
    }
}
