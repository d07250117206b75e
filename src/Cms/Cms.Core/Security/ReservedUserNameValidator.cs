using Microsoft.AspNetCore.Identity;

namespace Cms.Core.Security;

/// <summary>Refuses a reserved user name (<see cref="ReservedUserNames"/>) on every path that creates or renames a user.</summary>
public sealed class ReservedUserNameValidator : IUserValidator<CmsUser>
{
    /// <summary>The error's description is the English key of its translation (the admin localizes Identity's errors by description).</summary>
    public const string Description = "This user name is reserved for actions the system carries out. Choose another user name.";

    public async Task<IdentityResult> ValidateAsync(UserManager<CmsUser> manager, CmsUser user)
    {
        var userName = await manager.GetUserNameAsync(user);
        return ReservedUserNames.IsReserved(userName)
            ? IdentityResult.Failed(new IdentityError { Code = "ReservedUserName", Description = Description })
            : IdentityResult.Success;
    }
}
