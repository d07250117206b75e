using System.Security.Claims;
using System.Text.Json.Nodes;
using Cms.Core.Recipes;
using Microsoft.AspNetCore.Identity;

namespace Cms.Core.Security;

/// <summary>
/// The <c>Roles</c> step, in Orchard's shape: <c>Roles: [{ Name, Description, PermissionBehavior, Permissions: [] }]</c>.
/// Creates missing roles; <c>PermissionBehavior</c> says whether the listed permissions replace the role's
/// (<c>Replace</c>, the default, as in Orchard), are added to them (<c>Add</c>) or are taken from them (<c>Remove</c>).
/// </summary>
public sealed class RolesRecipeStep(RoleManager<CmsRole> roleManager, PermissionCatalog permissions, RoleRecipeLog log) : IRecipeStepHandler
{
    public string StepName => "Roles";

    public async Task ExecuteAsync(JsonObject step, CancellationToken cancellationToken)
    {
        if (Recipe.GetProperty(step, "Roles") is not JsonArray roles)
        {
            throw new RecipeException("The step has no 'Roles' array.");
        }

        foreach (var node in roles)
        {
            if (node is not JsonObject roleData || Recipe.GetString(roleData, "Name") is not { Length: > 0 } name)
            {
                throw new RecipeException("Every role needs a 'Name'.");
            }

            var behavior = BehaviorOf(roleData, name);
            var listed = ListedPermissions(roleData, name);
            var role = await roleManager.FindByNameAsync(name);
            var created = role is null;
            if (role is null)
            {
                role = new CmsRole(name) { Description = Recipe.GetString(roleData, "Description") ?? "" };
                EnsureSucceeded(await roleManager.CreateAsync(role), name);
            }
            else if (Recipe.GetString(roleData, "Description") is { } description && description != role.Description)
            {
                role.Description = description;
                EnsureSucceeded(await roleManager.UpdateAsync(role), name);
            }

            var current = (await roleManager.GetClaimsAsync(role)).Where(c => c.Type == Permission.ClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
            var wanted = current;
            if (listed is not null)
            {
                wanted = behavior switch
                {
                    PermissionBehavior.Add => current.Union(listed, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
                    PermissionBehavior.Remove => current.Except(listed, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
                    _ => listed,
                };
                await SetPermissionsAsync(roleManager, role, wanted);
            }

            log.Add(name, created, current, wanted);
        }
    }

    /// <summary>Gives the role exactly <paramref name="wanted"/>; returns how many permissions were added and removed.</summary>
    public static async Task<(int Added, int Removed)> SetPermissionsAsync(RoleManager<CmsRole> roleManager, CmsRole role, IReadOnlySet<string> wanted)
    {
        var claims = await roleManager.GetClaimsAsync(role);
        var removed = 0;
        foreach (var claim in claims.Where(c => c.Type == Permission.ClaimType && !wanted.Contains(c.Value)))
        {
            EnsureSucceeded(await roleManager.RemoveClaimAsync(role, claim), role.Name!);
            removed++;
        }

        var added = 0;
        foreach (var name in wanted.Where(w => !claims.Any(c => c.Type == Permission.ClaimType && c.Value == w)))
        {
            EnsureSucceeded(await roleManager.AddClaimAsync(role, new Claim(Permission.ClaimType, name)), role.Name!);
            added++;
        }

        return (added, removed);
    }

    private static PermissionBehavior BehaviorOf(JsonObject roleData, string roleName)
    {
        var value = Recipe.GetString(roleData, "PermissionBehavior");
        if (value is null)
        {
            return PermissionBehavior.Replace;
        }

        // Names only: Enum.TryParse would also take "1" or "Add, Remove".
        return Enum.GetNames<PermissionBehavior>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase)) is { } known
            ? Enum.Parse<PermissionBehavior>(known)
            : throw new RecipeException($"Role '{roleName}': PermissionBehavior '{value}' is not known. Use Replace (the listed permissions become the role's), Add or Remove.");
    }

    private HashSet<string>? ListedPermissions(JsonObject roleData, string roleName)
    {
        if (Recipe.GetProperty(roleData, "Permissions") is not JsonArray permissionNames)
        {
            return null;
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var permissionName in permissionNames.Select(p => p is JsonValue v && v.TryGetValue<string>(out var s) ? s : ""))
        {
            if (permissions.Find(permissionName) is null)
            {
                throw new RecipeException($"Role '{roleName}': no module declares the permission '{permissionName}'.");
            }

            listed.Add(permissionName);
        }

        return listed;
    }

    private static void EnsureSucceeded(IdentityResult result, string roleName)
    {
        if (!result.Succeeded)
        {
            throw new RecipeException($"Role '{roleName}': {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
