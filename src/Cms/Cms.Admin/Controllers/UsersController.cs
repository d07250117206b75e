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
[Route("/admin/users")]
[RequirePermission(nameof(CorePermissions.ManageUsers))]
public sealed partial class UsersController(
    UserManager<CmsUser> users,
    RoleManager<CmsRole> roles,
    LtkDbContext db,
    AuditTrailService audit,
    TimeProvider clock,
    IStringLocalizer<AdminStrings> T,
    ILogger<UsersController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var all = await users.Users.OrderBy(u => u.UserName).ToListAsync();
        var items = new List<UserListItem>(all.Count);
        foreach (var user in all)
        {
            items.Add(new UserListItem(user.Id, user.UserName!, user.Email, (await users.GetRolesAsync(user)).Order().ToList(), await users.IsLockedOutAsync(user)));
        }

        return View(items);
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create()
    {
        return View("Edit", await WithRolesAsync(new UserEditViewModel()));
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create(UserEditViewModel model)
    {
        model.Id = null;
        if (string.IsNullOrWhiteSpace(model.UserName))
        {
            ModelState.AddModelError(nameof(model.UserName), T["Enter a user name."]);
        }

        if (string.IsNullOrEmpty(model.Password))
        {
            ModelState.AddModelError(nameof(model.Password), T["Enter a password for the new user."]);
        }

        await ValidateRolesAsync(model);
        if (ModelState.IsValid)
        {
            var user = new CmsUser(model.UserName.Trim()) { Email = EmptyToNull(model.Email), CreatedUtc = clock.GetUtcNow().UtcDateTime };
            // The user manager saves after each step; one transaction keeps the user, the roles and the audit record together.
            await using var transaction = await db.BeginUnitOfWorkAsync();
            var created = await users.CreateAsync(user, model.Password!);
            if (created.Succeeded && model.Roles.Count > 0)
            {
                created = await users.AddToRolesAsync(user, model.Roles);
            }

            if (created.Succeeded)
            {
                audit.Record(new AuditTrailEntry("User", "Created", user.Id, user.UserName!) { After = await DescribeAsync(user) });
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                LogUserCreated(logger, User.Identity!.Name!, user.UserName!, model.Roles);
                TempData["Message"] = T["User {0} was created.", user.UserName!].Value;
                return RedirectToAction(nameof(Index));
            }

            AddErrors(created);
        }

        model.Password = null;
        return View("Edit", await WithRolesAsync(model));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        return View(await WithRolesAsync(new UserEditViewModel
        {
            Id = user.Id,
            UserName = user.UserName!,
            Email = user.Email,
            Roles = [.. await users.GetRolesAsync(user)],
            IsLockedOut = await users.IsLockedOutAsync(user),
        }));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, UserEditViewModel model)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        model.Id = user.Id;
        model.UserName = user.UserName!;
        model.IsLockedOut = await users.IsLockedOutAsync(user);
        await ValidateRolesAsync(model);
        if (user.Id == users.GetUserId(User) && !model.Roles.Contains(CmsRoles.Administrator) && await users.IsInRoleAsync(user, CmsRoles.Administrator))
        {
            ModelState.AddModelError(nameof(model.Roles), T["You cannot take the Administrator role from yourself."]);
        }

        if (ModelState.IsValid)
        {
            var before = await DescribeAsync(user);
            await using var transaction = await db.BeginUnitOfWorkAsync();
            var result = await users.SetEmailAsync(user, EmptyToNull(model.Email));
            if (result.Succeeded && !string.IsNullOrEmpty(model.Password))
            {
                result = await users.RemovePasswordAsync(user);
                if (result.Succeeded)
                {
                    result = await users.AddPasswordAsync(user, model.Password);
                }
            }

            var current = await users.GetRolesAsync(user);
            if (result.Succeeded && current.Except(model.Roles).ToList() is { Count: > 0 } removed)
            {
                result = await users.RemoveFromRolesAsync(user, removed);
            }

            if (result.Succeeded && model.Roles.Except(current).ToList() is { Count: > 0 } added)
            {
                result = await users.AddToRolesAsync(user, added);
            }

            var unlocking = model.Unlock && model.IsLockedOut;
            if (result.Succeeded && model.Unlock)
            {
                result = await users.SetLockoutEndDateAsync(user, null);
                if (result.Succeeded)
                {
                    result = await users.ResetAccessFailedCountAsync(user);
                }
            }

            if (result.Succeeded)
            {
                var after = await DescribeAsync(user);
                if (unlocking)
                {
                    audit.Record(new AuditTrailEntry("User", "Unlocked", user.Id, user.UserName!) { Before = before, After = after });
                }

                // An unlock alone is one "Unlocked" event; anything else saved is an update. A password change
                // shows only as "PasswordChanged": the hash itself is never recorded.
                var passwordChanged = !string.IsNullOrEmpty(model.Password);
                if (!unlocking || passwordChanged || !JsonNode.DeepEquals(before["Roles"], after["Roles"]) || !JsonNode.DeepEquals(before["Email"], after["Email"]))
                {
                    after["PasswordChanged"] = passwordChanged;
                    audit.Record(new AuditTrailEntry("User", "Updated", user.Id, user.UserName!) { Before = before, After = after });
                }

                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                LogUserChanged(logger, User.Identity!.Name!, user.UserName!, model.Roles);
                TempData["Message"] = T["User {0} was saved.", user.UserName!].Value;
                return RedirectToAction(nameof(Index));
            }

            AddErrors(result);
        }

        model.Password = null;
        return View(await WithRolesAsync(model));
    }

    /// <summary>What the audit trail keeps of a user: no password hash, no security stamps.</summary>
    private async Task<JsonObject> DescribeAsync(CmsUser user) => new()
    {
        ["UserName"] = user.UserName,
        ["Email"] = user.Email,
        ["Roles"] = new JsonArray((await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).Select(r => (JsonNode?)r).ToArray()),
        ["LockedOut"] = await users.IsLockedOutAsync(user),
    };

    private async Task ValidateRolesAsync(UserEditViewModel model)
    {
        model.Roles = model.Roles.Distinct(StringComparer.Ordinal).ToList();
        foreach (var role in model.Roles)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                ModelState.AddModelError(nameof(model.Roles), T["There is no role named {0}.", role]);
            }
        }
    }

    private async Task<UserEditViewModel> WithRolesAsync(UserEditViewModel model)
    {
        model.AvailableRoles = await roles.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync();
        return model;
    }

    private void AddErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            var key = error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(UserEditViewModel.Password)
                : error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(UserEditViewModel.UserName)
                : error.Code.Contains("Email", StringComparison.Ordinal) ? nameof(UserEditViewModel.Email)
                : "";
            ModelState.AddModelError(key, T[error.Description]);
        }
    }

    private static string? EmptyToNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [LoggerMessage(Level = LogLevel.Information, Message = "{Actor} created user {UserName} with roles {Roles}")]
    private static partial void LogUserCreated(ILogger logger, string actor, string userName, IReadOnlyList<string> roles);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Actor} changed user {UserName}; roles {Roles}")]
    private static partial void LogUserChanged(ILogger logger, string actor, string userName, IReadOnlyList<string> roles);
}
