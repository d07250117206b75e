using Cms.Core.Security;

namespace Cms.Email;

/// <summary>Who may read the outbox and who may resend from it.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ViewOutbox = new("ViewOutbox", "See the mail outbox: what was sent, what waits and what failed", "E-mail");

    public static readonly Permission ManageOutbox = new("ManageOutbox", "Resend mails from the outbox", "E-mail");

    public IEnumerable<Permission> GetPermissions() => [ViewOutbox, ManageOutbox];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(CmsRoles.Administrator, [ViewOutbox, ManageOutbox]),
        new(CmsRoles.Secretariat, [ViewOutbox]),
    ];
}
