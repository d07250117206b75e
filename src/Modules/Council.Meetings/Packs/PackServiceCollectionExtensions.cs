using Cms.Core.Modules;
using Cms.Documents;
using Council.Meetings.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Council.Meetings.Packs;

public static class PackServiceCollectionExtensions
{
    /// <summary>The members' agenda pack (HTML and PDF) and the public agenda.</summary>
    public static IServiceCollection AddAgendaPacks(this IServiceCollection services)
    {
        services.AddPdfDocuments();
        services.AddScoped<MeetingPacks>();
        services.AddAuditTrailCategory<PackStrings>(Controllers.MeetingPackController.AuditCategory, "Agenda packs");
        return services;
    }
}
