using Cms.Core.Security;

namespace Cms.Templates;

/// <summary>Templates run on every public page, so only administrators change them by default.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageTemplates = new("ManageTemplates", "Edit the Liquid templates of the public pages", "Content");

    public IEnumerable<Permission> GetPermissions() => [ManageTemplates];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(CmsRoles.Administrator, [ManageTemplates])];
}
