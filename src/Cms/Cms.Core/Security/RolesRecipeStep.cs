using System.Security.Claims;
using System.Text.Json.Nodes;
using Cms.Core.Recipes;
using Microsoft.AspNetCore.Identity;

namespace Cms.Core.Security;

/// <summary>
/// The <c>Roles</c> step, in Orchard's shape: <c>Roles: [{ Name, Description, Permissions: [] }]</c>.
/// Creates missing roles and sets the listed permissions of each role (the list replaces the role's permissions).
/// </summary>
public sealed class RolesRecipeStep(RoleManager<CmsRole> roleManager, PermissionCatalog permissions) : IRecipeStepHandler
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

            var role = await roleManager.FindByNameAsync(name);
            if (role is null)
            {
                role = new CmsRole(name) { Description = Recipe.GetString(roleData, "Description") ?? "" };
                EnsureSucceeded(await roleManager.CreateAsync(role), name);
            }
            else if (Recipe.GetString(roleData, "Description") is { } description)
            {
                role.Description = description;
                EnsureSucceeded(await roleManager.UpdateAsync(role), name);
            }

            if (Recipe.GetProperty(roleData, "Permissions") is JsonArray permissionNames)
            {
                var wanted = new HashSet<string>(StringComparer.Ordinal);
                foreach (var permissionName in permissionNames.Select(p => p?.GetValue<string>() ?? ""))
                {
                    if (permissions.Find(permissionName) is null)
                    {
                        throw new RecipeException($"Role '{name}': no module declares the permission '{permissionName}'.");
                    }

                    wanted.Add(permissionName);
                }

                await SetPermissionsAsync(roleManager, role, wanted);
            }
        }
    }

    public static async Task SetPermissionsAsync(RoleManager<CmsRole> roleManager, CmsRole role, IReadOnlySet<string> wanted)
    {
        var claims = await roleManager.GetClaimsAsync(role);
        foreach (var claim in claims.Where(c => c.Type == Permission.ClaimType && !wanted.Contains(c.Value)))
        {
            EnsureSucceeded(await roleManager.RemoveClaimAsync(role, claim), role.Name!);
        }

        foreach (var name in wanted.Where(w => !claims.Any(c => c.Type == Permission.ClaimType && c.Value == w)))
        {
            EnsureSucceeded(await roleManager.AddClaimAsync(role, new Claim(Permission.ClaimType, name)), role.Name!);
        }
    }

    private static void EnsureSucceeded(IdentityResult result, string roleName)
    {
        if (!result.Succeeded)
        {
            throw new RecipeException($"Role '{roleName}': {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
