using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Contents.Editors;

public static class ContentEditorPanelServiceCollectionExtensions
{
    /// <summary>Adds a panel to items' edit pages (<see cref="IContentEditorPanelProvider"/>).</summary>
    public static IServiceCollection AddContentEditorPanel<T>(this IServiceCollection services)
        where T : class, IContentEditorPanelProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentEditorPanelProvider, T>());
        return services;
    }
}
