namespace Cms.Admin.Models;

public sealed record UserListItem(string Id, string UserName, string? Email, IReadOnlyList<string> Roles, bool IsLockedOut);

public sealed class UserEditViewModel
{
    /// <summary>Empty when creating a user.</summary>
    public string? Id { get; set; }

    public string UserName { get; set; } = "";

    public string? Email { get; set; }

    /// <summary>Required when creating; when editing, a new password or empty to keep the current one.</summary>
    public string? Password { get; set; }

    public List<string> Roles { get; set; } = [];

    public bool IsLockedOut { get; set; }

    public bool Unlock { get; set; }

    public IReadOnlyList<string> AvailableRoles { get; set; } = [];
}
