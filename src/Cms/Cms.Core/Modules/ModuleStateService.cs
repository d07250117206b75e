using Cms.Core.Data;
using Cms.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cms.Core.Modules;

/// <summary>
/// Grants each module's default permissions to the roles named in its stereotypes the first time the
/// module is seen on a site (at setup, or at the first start after a module was added), then records it.
/// </summary>
public sealed partial class ModuleStateService(
    LtkDbContext db,
    ModuleCatalog catalog,
    PermissionCatalog permissions,
    RoleManager<CmsRole> roleManager,
    TimeProvider clock,
    ILogger<ModuleStateService> logger)
{
    /// <summary>The pseudo-module of the CMS core's own permissions.</summary>
    public const string CoreModuleId = "Cms.Core";

    public async Task EnableNewModulesAsync(CancellationToken cancellationToken = default)
    {
        var known = await db.ModuleStates.Select(m => m.ModuleId).ToListAsync(cancellationToken);
        var moduleIds = new[] { CoreModuleId }.Concat(catalog.Modules.Select(m => m.Id)).Where(id => !known.Contains(id)).ToList();
        if (moduleIds.Count == 0)
        {
            return;
        }

        foreach (var moduleId in moduleIds)
        {
            var stereotypes = permissions.Providers
                .Where(p => string.Equals(OwnerOf(p), moduleId, StringComparison.Ordinal))
                .SelectMany(p => p.GetDefaultStereotypes());
            foreach (var stereotype in stereotypes)
            {
                var role = await roleManager.FindByNameAsync(stereotype.RoleName);
                if (role is null)
                {
                    role = new CmsRole(stereotype.RoleName);
                    await EnsureAsync(roleManager.CreateAsync(role), stereotype.RoleName);
                }

                var current = (await roleManager.GetClaimsAsync(role))
                    .Where(c => c.Type == Permission.ClaimType)
                    .Select(c => c.Value);
                var wanted = current.Concat(stereotype.Permissions.Select(p => p.Name)).ToHashSet(StringComparer.Ordinal);
                await RolesRecipeStep.SetPermissionsAsync(roleManager, role, wanted);
            }

            db.ModuleStates.Add(new ModuleState { ModuleId = moduleId, EnabledUtc = clock.GetUtcNow().UtcDateTime });
            LogModuleEnabled(logger, moduleId);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private string OwnerOf(IPermissionProvider provider) =>
        catalog.Modules.FirstOrDefault(m => m.Assembly == provider.GetType().Assembly)?.Id ?? CoreModuleId;

    private static async Task EnsureAsync(Task<IdentityResult> action, string roleName)
    {
        var result = await action;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Role '{roleName}': {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Module '{ModuleId}' enabled: its default permissions were granted")]
    private static partial void LogModuleEnabled(ILogger logger, string moduleId);
}
