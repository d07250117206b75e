using Cms.Core.Security;

namespace Council.Prize;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManagePrizeNominations = new("ManagePrizeNominations", "Work with Integration Prize nominations", "Integration Prize");

    public static readonly Permission ManagePrizeRounds = new("ManagePrizeRounds", "Plan prize rounds and record the council's choice", "Integration Prize");

    public IEnumerable<Permission> GetPermissions() => [ManagePrizeNominations, ManagePrizeRounds];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(CmsRoles.Administrator, [ManagePrizeNominations, ManagePrizeRounds]),
        new(CmsRoles.Secretariat, [ManagePrizeNominations, ManagePrizeRounds]),
    ];
}
