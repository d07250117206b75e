using Cms.Documents.Pdf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>Adds the PDF writer; every module that writes documents may call it.</summary>
    public static IServiceCollection AddPdfDocuments(this IServiceCollection services)
    {
        services.TryAddSingleton<PdfDocumentWriter>();
        return services;
    }
}
