using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Admin.Settings;

public static class SiteSettingsSectionServiceCollectionExtensions
{
    /// <summary>Adds a page to <c>/admin/settings</c> for a module's settings section (<see cref="ISiteSettingsSectionEditor"/>).</summary>
    public static IServiceCollection AddSiteSettingsSection<TEditor>(this IServiceCollection services)
        where TEditor : class, ISiteSettingsSectionEditor
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ISiteSettingsSectionEditor, TEditor>());
        return services;
    }
}
