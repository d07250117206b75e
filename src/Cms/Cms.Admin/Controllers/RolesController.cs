using System.Text.Json.Nodes;
using Cms.Admin.Localization;
using Cms.Admin.Models;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Cms.Admin.Controllers;

[Area("Admin")]
[Route("/admin/roles")]
[RequirePermission(nameof(CorePermissions.ManageRoles))]
public sealed partial class RolesController(
    RoleManager<CmsRole> roles,
    UserManager<CmsUser> users,
    PermissionCatalog permissions,
    IEnumerable<IPermissionLoader> permissionLoaders,
    LtkDbContext db,
    AuditTrailService audit,
    IStringLocalizer<AdminStrings> T,
    ILogger<RolesController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var all = await roles.Roles.OrderBy(r => r.Name).ToListAsync();
        var items = new List<RoleListItem>(all.Count);
        foreach (var role in all)
        {
            var claims = await roles.GetClaimsAsync(role);
            var members = await users.GetUsersInRoleAsync(role.Name!);
            items.Add(new RoleListItem(role.Name!, role.Description, claims.Count(c => c.Type == Permission.ClaimType), members.Count));
        }

        return View(items);
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            return NotFound();
        }

        var granted = (await roles.GetClaimsAsync(role)).Where(c => c.Type == Permission.ClaimType).Select(c => c.Value).ToList();
        await LoadPermissionsAsync(cancellationToken);
        return View(WithPermissions(new RoleEditViewModel { Name = role.Name!, Description = role.Description, Permissions = granted }));
    }

    [HttpPost("{name}")]
    public async Task<IActionResult> Edit(string name, RoleEditViewModel model, CancellationToken cancellationToken)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            return NotFound();
        }

        model.Name = role.Name!;
        await LoadPermissionsAsync(cancellationToken);
        var unknown = model.Permissions.Where(p => permissions.Find(p) is null).ToList();
        if (unknown.Count > 0)
        {
            ModelState.AddModelError(nameof(model.Permissions), T["Unknown permission: {0}.", string.Join(", ", unknown)]);
            return View(WithPermissions(model));
        }

        var before = Describe(role, await roles.GetClaimsAsync(role));
        // The role manager saves after each step; one transaction keeps the change and its audit record together.
        await using var transaction = await db.BeginUnitOfWorkAsync(cancellationToken);
        role.Description = model.Description?.Trim() ?? "";
        var result = await roles.UpdateAsync(role);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", string.Join(" ", result.Errors.Select(e => e.Description)));
            return View(WithPermissions(model));
        }

        await RolesRecipeStep.SetPermissionsAsync(roles, role, model.Permissions.ToHashSet(StringComparer.Ordinal));
        audit.Record(new AuditTrailEntry("Role", "Updated", role.Name!, role.Name!) { Before = before, After = Describe(role, await roles.GetClaimsAsync(role)) });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogRoleChanged(logger, User.Identity!.Name!, role.Name!, model.Permissions);
        TempData["Message"] = T["Role {0} was saved.", role.Name!].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task LoadPermissionsAsync(CancellationToken cancellationToken)
    {
        foreach (var loader in permissionLoaders)
        {
            await loader.LoadAsync(cancellationToken);
        }
    }

    private static JsonObject Describe(CmsRole role, IEnumerable<System.Security.Claims.Claim> claims) => new()
    {
        ["Name"] = role.Name,
        ["Description"] = role.Description,
        ["Permissions"] = new JsonArray(claims.Where(c => c.Type == Permission.ClaimType).Select(c => c.Value).Order(StringComparer.Ordinal).Select(v => (JsonNode?)v).ToArray()),
    };

    private RoleEditViewModel WithPermissions(RoleEditViewModel model)
    {
        model.AvailablePermissions = permissions.All.OrderBy(p => p.Category).ThenBy(p => p.Name).GroupBy(p => p.Category).ToList();
        return model;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Actor} set the permissions of role {Role} to {Permissions}")]
    private static partial void LogRoleChanged(ILogger logger, string actor, string role, IReadOnlyList<string> permissions);
}
