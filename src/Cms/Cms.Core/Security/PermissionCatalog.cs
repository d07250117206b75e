namespace Cms.Core.Security;

/// <summary>All permissions declared by the modules of the site.</summary>
public sealed class PermissionCatalog(IEnumerable<IPermissionProvider> providers)
{
    private readonly IReadOnlyList<IPermissionProvider> _providers = providers.ToList();

    public IReadOnlyList<Permission> All => _providers.SelectMany(p => p.GetPermissions()).DistinctBy(p => p.Name).ToList();

    public IEnumerable<PermissionStereotype> Stereotypes => _providers.SelectMany(p => p.GetDefaultStereotypes());

    public IEnumerable<IPermissionProvider> Providers => _providers;

    public Permission? Find(string name) => All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
