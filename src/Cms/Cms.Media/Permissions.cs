using Cms.Core.Security;

namespace Cms.Media;

/// <summary>Who may change the media library (anyone may view published files at /media).</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageMedia = new("ManageMedia", "Upload, organise and delete media files", "Content");

    public IEnumerable<Permission> GetPermissions() => [ManageMedia];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(CmsRoles.Administrator, [ManageMedia]),
        new(CmsRoles.Editor, [ManageMedia]),
    ];
}
