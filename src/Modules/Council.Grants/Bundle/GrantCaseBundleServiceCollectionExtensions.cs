using Microsoft.Extensions.DependencyInjection;

namespace Council.Grants.Bundle;

public static class GrantCaseBundleServiceCollectionExtensions
{
    public static IServiceCollection AddGrantCaseBundleSection<TSection>(this IServiceCollection services)
        where TSection : class, IGrantCaseBundleSection
    {
        services.AddScoped<IGrantCaseBundleSection, TSection>();
        return services;
    }

    /// <summary>The case bundle and its own sections.</summary>
    public static IServiceCollection AddGrantCaseBundle(this IServiceCollection services)
    {
        services.AddScoped<GrantCaseBundle>();
        services.AddGrantCaseBundleSection<ApplicationAnswersSection>();
        services.AddGrantCaseBundleSection<AttachmentsSection>();
        services.AddGrantCaseBundleSection<ScreeningSection>();
        services.AddGrantCaseBundleSection<DecisionsSection>();
        return services;
    }
}
