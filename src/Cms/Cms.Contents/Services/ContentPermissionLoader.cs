using Cms.Contents.Metadata;
using Cms.Core.Security;

namespace Cms.Contents.Services;

/// <summary>Loads the content definition so the securable types' own permissions are in the catalog.</summary>
public sealed class ContentPermissionLoader(ContentDefinitionManager definitions) : IPermissionLoader
{
    public Task LoadAsync(CancellationToken cancellationToken = default) => definitions.GetAsync(cancellationToken);
}
