using Cms.Core.Security;

namespace Council.Meetings;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageMeetings = new("ManageMeetings", "Plan council meetings and record decisions", "Meetings");

    public IEnumerable<Permission> GetPermissions() => [ManageMeetings];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(CmsRoles.Administrator, [ManageMeetings]),
        new(CmsRoles.Secretariat, [ManageMeetings]),
    ];
}
