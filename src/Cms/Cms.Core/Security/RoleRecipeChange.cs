namespace Cms.Core.Security;

/// <summary>What the Roles recipe step did to one role: whether it was created, how many permissions it gained and lost.</summary>
public sealed record RoleRecipeChange(string RoleName, bool Created, int Added, int Removed)
{
    public int Changed => Added + Removed;
}
