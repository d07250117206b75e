namespace Cms.Core.Security;

/// <summary>
/// A named right that admin pages check. Modules declare theirs in a <see cref="IPermissionProvider"/>;
/// roles are granted permissions as role claims of type <see cref="ClaimType"/>.
/// </summary>
public sealed record Permission(string Name, string Description, string Category = "General")
{
    public const string ClaimType = "Permission";

    public override string ToString() => Name;
}
