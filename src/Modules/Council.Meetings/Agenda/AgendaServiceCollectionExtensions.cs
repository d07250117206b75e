using Microsoft.Extensions.DependencyInjection;

namespace Council.Meetings.Agenda;

public static class AgendaServiceCollectionExtensions
{
    /// <summary>Adds a module's describer of its agenda items (one per kind).</summary>
    public static IServiceCollection AddAgendaItemSource<TSource>(this IServiceCollection services)
        where TSource : class, IAgendaItemSource
    {
        services.AddScoped<IAgendaItemSource, TSource>();
        return services;
    }
}
