using Cms.Core.Security;

namespace Cms.Admin.Models;

public sealed record RoleListItem(string Name, string Description, int PermissionCount, int UserCount);

public sealed class RoleEditViewModel
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public List<string> Permissions { get; set; } = [];

    public IReadOnlyList<IGrouping<string, Permission>> AvailablePermissions { get; set; } = [];

    public bool IsAdministrator => Name == CmsRoles.Administrator;
}
