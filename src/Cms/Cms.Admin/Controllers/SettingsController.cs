using System.Text.Json;
using Cms.Admin.Localization;
using Cms.Admin.Models;
using Cms.Admin.Settings;
using Cms.Core.AuditTrail;
using Cms.Core.Security;
using Cms.Core.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cms.Admin.Controllers;

/// <summary><c>/admin/settings</c>: one page per settings section the modules registered, each behind its own permission.</summary>
[Area("Admin")]
[Route("/admin/settings")]
[RequirePermission(nameof(CorePermissions.AccessAdminPanel))]
public sealed class SettingsController(
    IEnumerable<ISiteSettingsSectionEditor> editors,
    IAuthorizationService authorization,
    SiteSettingsService settings,
    AuditTrailService audit,
    IStringLocalizer<AdminStrings> T) : Controller
{
    public const string AuditCategory = "Settings";

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var allowed = new List<SettingsSectionLink>();
        foreach (var editor in editors.OrderBy(e => e.DisplayName, StringComparer.CurrentCulture))
        {
            if (await authorization.AuthorizeAsync(User, editor.Permission))
            {
                allowed.Add(new SettingsSectionLink(editor.Name, editor.DisplayName, editor.Description));
            }
        }

        return allowed.Count == 0 ? Forbid() : View(allowed);
    }

    [HttpGet("{section}")]
    public async Task<IActionResult> Edit(string section, CancellationToken cancellationToken)
    {
        if (Find(section) is not { } editor)
        {
            return NotFound();
        }

        return await authorization.AuthorizeAsync(User, editor.Permission)
            ? View(new SettingsSectionViewModel(editor, await editor.ReadAsync(settings, cancellationToken)))
            : Forbid();
    }

    [HttpPost("{section}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(string section, CancellationToken cancellationToken)
    {
        if (Find(section) is not { } editor)
        {
            return NotFound();
        }

        if (!await authorization.AuthorizeAsync(User, editor.Permission))
        {
            return Forbid();
        }

        var before = await editor.ReadAsync(settings, cancellationToken);
        var model = Activator.CreateInstance(editor.ModelType)!;
        // A value that cannot be bound (a word in a number field) is a model-state error at its input, like a rule's.
        await TryUpdateModelAsync(model, editor.ModelType, "");
        editor.Validate(model, ModelState);
        if (!ModelState.IsValid)
        {
            return View(nameof(Edit), new SettingsSectionViewModel(editor, model));
        }

        audit.Record(new AuditTrailEntry(AuditCategory, "Saved", editor.Name, editor.DisplayName)
        {
            ObjectType = "SiteSettingsSection",
            Before = JsonSerializer.SerializeToNode(before, editor.ModelType, SectionJson.Options),
            After = JsonSerializer.SerializeToNode(model, editor.ModelType, SectionJson.Options),
        });
        await editor.WriteAsync(model, settings, cancellationToken);
        TempData["Message"] = T["The settings \"{0}\" were saved.", editor.DisplayName].Value;
        return Redirect($"/admin/settings/{editor.Name}");
    }

    private ISiteSettingsSectionEditor? Find(string name) =>
        editors.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
}
