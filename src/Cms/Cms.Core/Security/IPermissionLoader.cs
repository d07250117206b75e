namespace Cms.Core.Security;

/// <summary>
/// Loads the data a permission provider builds its permissions from (e.g. the content types that have
/// their own permissions), so pages that list permissions can await it before reading the <see cref="PermissionCatalog"/>.
/// </summary>
public interface IPermissionLoader
{
    Task LoadAsync(CancellationToken cancellationToken = default);
}
