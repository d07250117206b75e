using Cms.Core.Data;
using Cms.Core.Security;
using Cms.Templates.Localization;
using Cms.Templates.Models;
using Cms.Templates.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Templates.Controllers;

/// <summary>A template in the list: its name, where the live text comes from, and when it was last edited here.</summary>
public sealed record TemplateListItem(string Name, TemplateSource Source, bool HasShipped, DateTime? ModifiedUtc, string? ModifiedBy);

/// <summary>The editor of one override. <see cref="IsNew"/>: the name is typed in, not chosen from the list.</summary>
public sealed record TemplateEditModel(string Name, string Content, bool IsNew, bool HasOverride, TemplateSource? ShippedSource);

/// <summary>
/// Templates in the admin: the known template names (the theme's files, the defaults and the overrides), and an
/// override per name, edited as text. A save is parsed first; a template that does not parse is refused and the
/// live one stays.
/// </summary>
[Area("Admin")]
[Route("/admin/templates")]
[RequirePermission(nameof(Permissions.ManageTemplates))]
public sealed class TemplatesController(
    LtkDbContext db,
    ThemeTemplates shipped,
    TemplateOverrideManager templates,
    LiquidEngine engine,
    IStringLocalizer<TemplateStrings> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var overrides = await db.Set<TemplateOverride>().AsNoTracking().ToDictionaryAsync(o => o.Name, StringComparer.Ordinal, cancellationToken);
        var items = shipped.Names.Union(overrides.Keys)
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                var found = shipped.Find(name);
                overrides.TryGetValue(name, out var custom);
                return new TemplateListItem(name, custom is null ? found!.Value.Source : TemplateSource.Override, found is not null, custom?.ModifiedUtc, custom?.ModifiedBy);
            })
            .ToList();
        return View(items);
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create()
    {
        return View("Edit", new TemplateEditModel("", "", IsNew: true, HasOverride: false, ShippedSource: null));
    }

    [HttpGet("edit")]
    public async Task<IActionResult> Edit(string? name, CancellationToken cancellationToken)
    {
        var custom = name is null ? null : await db.Set<TemplateOverride>().AsNoTracking().FirstOrDefaultAsync(o => o.Name == name, cancellationToken);
        var found = name is null ? null : shipped.Find(name);
        if (custom is null && found is null)
        {
            return NotFound();
        }

        return View(new TemplateEditModel(name!, custom?.Content ?? found!.Value.Text, IsNew: false, custom is not null, found?.Source));
    }

    [HttpPost("save")]
    public async Task<IActionResult> Save(string? name, string? content, bool isNew, CancellationToken cancellationToken)
    {
        name = name?.Trim() ?? "";
        content ??= "";
        var existing = await db.Set<TemplateOverride>().FirstOrDefaultAsync(o => o.Name == name, cancellationToken);
        if (!TemplateNames.IsValid(name))
        {
            ModelState.AddModelError("Name", T["Give the template a name of letters a–z, digits, dashes and dots, such as Content-Page or Content-NewsItem.Summary."]);
        }
        else if (isNew && (existing is not null || shipped.Find(name) is not null))
        {
            ModelState.AddModelError("Name", T["There is already a template named '{0}'. Edit it from the list instead.", name]);
        }

        if (!engine.TryParse(content, out _, out var error))
        {
            ModelState.AddModelError("Content", error!.Line is { } line
                ? T["The template has an error on line {0}: {1}", line, error.Message]
                : T["The template has an error: {0}", error.Message]);
        }

        if (!ModelState.IsValid)
        {
            var found = TemplateNames.IsValid(name) ? shipped.Find(name) : null;
            return View("Edit", new TemplateEditModel(name, content, isNew, existing is not null, found?.Source));
        }

        await templates.SaveAsync(name, content, User.Identity?.Name ?? "", cancellationToken);
        TempData["Message"] = T["The template '{0}' was saved and is now used on the site.", name].Value;
        return Redirect("/admin/templates");
    }

    [HttpPost("delete")]
    public async Task<IActionResult> Delete(string? name, CancellationToken cancellationToken)
    {
        var existing = await templates.FindAsync(name, cancellationToken);
        if (existing is null)
        {
            return NotFound();
        }

        await templates.DeleteAsync(existing, cancellationToken);
        TempData["Message"] = shipped.Find(existing.Name) is null
            ? T["The template '{0}' was deleted.", existing.Name].Value
            : T["The override of '{0}' was deleted; the theme's template is used again.", existing.Name].Value;
        return Redirect("/admin/templates");
    }
}
