namespace Cms.Core.Security;

/// <summary>
/// A named right that admin pages check. Modules declare theirs in a <see cref="IPermissionProvider"/>;
/// roles are granted permissions as role claims of type <see cref="ClaimType"/>.
/// </summary>
public sealed record Permission(string Name, string Description, string Category = "General")
{
    public const string ClaimType = "Permission";

    /// <summary>Values for the placeholders of <see cref="Description"/> (e.g. a content type's name), so the text stays translatable.</summary>
    public IReadOnlyList<string> DescriptionArguments { get; init; } = [];

    /// <summary>Broader permissions that include this one (e.g. "edit all content" includes "edit own content").</summary>
    public IReadOnlyList<Permission> ImpliedBy { get; init; } = [];

    public override string ToString() => Name;
}
