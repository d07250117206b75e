using Cms.Core.Security;

namespace Cms.Forms;

/// <summary>Who may read what citizens send through the public forms, files included.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ViewFormSubmissions = new("ViewFormSubmissions", "See form submissions and download the files sent with them", "Forms");

    public IEnumerable<Permission> GetPermissions() => [ViewFormSubmissions];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(CmsRoles.Administrator, [ViewFormSubmissions]),
        new(CmsRoles.Secretariat, [ViewFormSubmissions]),
    ];
}
