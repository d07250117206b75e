using Cms.Core.Security;

namespace Council.Prize;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManagePrizeNominations = new("ManagePrizeNominations", "Work with Integration Prize nominations", "Integration Prize");

    public IEnumerable<Permission> GetPermissions() => [ManagePrizeNominations];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(CmsRoles.Administrator, [ManagePrizeNominations]),
        new(CmsRoles.Secretariat, [ManagePrizeNominations]),
    ];
}
