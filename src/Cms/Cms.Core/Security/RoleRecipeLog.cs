namespace Cms.Core.Security;

/// <summary>The roles the Roles recipe step touched during one run (one request scope), so the admin can show what changed.</summary>
public sealed class RoleRecipeLog
{
    private readonly List<RoleRecipeChange> _changes = [];

    public IReadOnlyList<RoleRecipeChange> Changes => _changes;

    public void Add(RoleRecipeChange change) => _changes.Add(change);
}
