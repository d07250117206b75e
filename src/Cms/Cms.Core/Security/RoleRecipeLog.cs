namespace Cms.Core.Security;

/// <summary>
/// The roles the Roles recipe step touched during one run (one request scope), so the admin can show what changed: for
/// each role what the run as a whole changed, so a role replaced in one step and given a content type's permissions by a
/// later step (once the type exists) shows no change when an unchanged recipe runs again.
/// </summary>
public sealed class RoleRecipeLog
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, (bool Created, HashSet<string> Before, HashSet<string> After)> _roles = new(StringComparer.Ordinal);

    public IReadOnlyList<RoleRecipeChange> Changes =>
        [.. _order.Select(name =>
        {
            var (created, before, after) = _roles[name];
            return new RoleRecipeChange(name, created, after.Count(p => !before.Contains(p)), before.Count(p => !after.Contains(p)));
        })];

    /// <summary>Records a step's work on a role: its permissions before and after the step.</summary>
    public void Add(string roleName, bool created, IEnumerable<string> before, IEnumerable<string> after)
    {
        if (_roles.TryGetValue(roleName, out var seen))
        {
            _roles[roleName] = (seen.Created, seen.Before, after.ToHashSet(StringComparer.Ordinal));
            return;
        }

        _order.Add(roleName);
        _roles[roleName] = (created, before.ToHashSet(StringComparer.Ordinal), after.ToHashSet(StringComparer.Ordinal));
    }
}
