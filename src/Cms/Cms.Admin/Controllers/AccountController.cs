using Cms.Admin.Localization;
using Cms.Admin.Models;
using Cms.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Cms.Admin.Controllers;

/// <summary>
/// Sign-in and sign-out. The sign-in manager (and with it a database context and the user store) is asked for only by
/// the actions that use it, so showing the sign-in form builds none of them.
/// </summary>
[AllowAnonymous]
public sealed class AccountController(IStringLocalizer<AdminStrings> T) : Controller
{
    [HttpGet("/login")]
    public IActionResult Login(string? returnUrl = null) =>
        View(new LoginViewModel { ReturnUrl = SafeReturnUrl(returnUrl) });

    [HttpPost("/login")]
    [EnableRateLimiting(AdminRateLimits.Login)]
    public async Task<IActionResult> Login(LoginViewModel model, [FromServices] SignInManager<CmsUser> signInManager)
    {
        model.ReturnUrl = SafeReturnUrl(model.ReturnUrl);
        if (string.IsNullOrWhiteSpace(model.UserName))
        {
            ModelState.AddModelError(nameof(model.UserName), T["Enter your user name."]);
        }

        if (string.IsNullOrEmpty(model.Password))
        {
            ModelState.AddModelError(nameof(model.Password), T["Enter your password."]);
        }

        if (ModelState.ErrorCount > 0)
        {
            return View(model);
        }

        var result = await signInManager.PasswordSignInAsync(model.UserName.Trim(), model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(model.ReturnUrl ?? "/admin");
        }

        // The same message for an unknown user and a wrong password, so neither can be probed.
        ModelState.AddModelError(
            "",
            result.IsLockedOut
                ? T["The account is locked after too many failed attempts. Try again in 15 minutes, or ask an administrator."]
                : T["The user name or password is wrong."]);
        model.Password = "";
        return View(model);
    }

    [HttpPost("/logout")]
    public async Task<IActionResult> Logout([FromServices] SignInManager<CmsUser> signInManager)
    {
        await signInManager.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("/access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private string? SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
