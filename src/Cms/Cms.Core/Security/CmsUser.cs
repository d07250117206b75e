using Microsoft.AspNetCore.Identity;

namespace Cms.Core.Security;

public sealed class CmsUser : IdentityUser
{
    public CmsUser()
    {
    }

    public CmsUser(string userName)
        : base(userName)
    {
    }

    public DateTime CreatedUtc { get; set; }
}

public sealed class CmsRole : IdentityRole
{
    public CmsRole()
    {
    }

    public CmsRole(string roleName)
        : base(roleName)
    {
    }

    public string Description { get; set; } = "";
}
