using System.Text;
using System.Text.Json;
using Cms.Contents.Localization;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Recipes;
using Cms.Contents.Services;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Recipes;
using Cms.Core.Security;
using Cms.Core.Setup;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cms.Contents.Controllers;

/// <summary>
/// Recipes in the admin: run a recipe from the site's recipes folder or an uploaded file (one transaction
/// each), and export content types and items as a recipe another site can import.
/// </summary>
[Area("Admin")]
[Route("/admin/recipes")]
public sealed class RecipesController(
    IOptions<SetupOptions> setupOptions,
    RecipeRunner runner,
    RecipeExportBuilder exportBuilder,
    ContentDefinitionManager definitions,
    AuditTrailService audit,
    LtkDbContext db,
    SiteTimeZone siteTime,
    TimeProvider clock,
    IStringLocalizer<RecipeStrings> T) : Controller
{
    /// <summary>Largest recipe file accepted for upload.</summary>
    public const long MaxUploadBytes = 2 * 1024 * 1024;

    private const string FileField = "RecipeFile";

    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    [HttpGet("")]
    [RequirePermission(nameof(Permissions.ImportRecipes))]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        return View(await IndexModelAsync(cancellationToken));
    }

    [HttpGet("run")]
    [RequirePermission(nameof(Permissions.ImportRecipes))]
    public async Task<IActionResult> Run(string? file, CancellationToken cancellationToken)
    {
        var recipe = (await ListFilesAsync(cancellationToken)).FirstOrDefault(f => f.FileName == file);
        return recipe is null ? NotFound() : View(recipe);
    }

    [HttpPost("run")]
    [ActionName("Run")]
    [RequirePermission(nameof(Permissions.ImportRecipes))]
    public async Task<IActionResult> RunPost(string? file, CancellationToken cancellationToken)
    {
        var info = (await ListFilesAsync(cancellationToken)).FirstOrDefault(f => f.FileName == file);
        if (info is null)
        {
            return NotFound();
        }

        if (info.Error is not null)
        {
            ModelState.AddModelError("", info.Error);
            return View(info);
        }

        var recipe = await Recipe.LoadAsync(Path.Combine(RecipeFolder, info.FileName), cancellationToken);
        return View("Result", await runner.RunAsync(recipe, info.FileName, cancellationToken));
    }

    [HttpPost("upload")]
    // A form limit rather than a request size limit: it works on every server, and Kestrel's own limit still applies.
    [RequestFormLimits(MultipartBodyLengthLimit = 2 * MaxUploadBytes)]
    [RequirePermission(nameof(Permissions.ImportRecipes))]
    public async Task<IActionResult> Upload(IFormFile? recipeFile, CancellationToken cancellationToken)
    {
        Recipe? recipe = null;
        // The form could not be read at all: the file went past the form limit.
        var tooLargeForTheForm = recipeFile is null && !ModelState.IsValid;
        ModelState.Clear();
        if (tooLargeForTheForm || recipeFile?.Length > MaxUploadBytes)
        {
            ModelState.AddModelError(FileField, T["The recipe file is larger than 2 MB."]);
        }
        else if (recipeFile is null || recipeFile.Length == 0)
        {
            ModelState.AddModelError(FileField, T["Choose a recipe file to upload."]);
        }
        else if (!recipeFile.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(FileField, T["The recipe must be a .json file."]);
        }
        else
        {
            try
            {
                await using var stream = recipeFile.OpenReadStream();
                recipe = await Recipe.ParseAsync(stream, Path.GetFileName(recipeFile.FileName), cancellationToken);
            }
            catch (RecipeException ex)
            {
                ModelState.AddModelError(FileField, T["The file is not a valid recipe: {0}", ex.Message]);
            }
        }

        if (recipe is null)
        {
            return View(nameof(Index), await IndexModelAsync(cancellationToken));
        }

        var result = await runner.RunAsync(recipe, Path.GetFileName(recipeFile!.FileName), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(FileField, FailureMessage(result));
            return View(nameof(Index), await IndexModelAsync(cancellationToken));
        }

        return View("Result", result);
    }

    [HttpGet("export")]
    [RequirePermission(nameof(Permissions.Export))]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        return View(await WithTypesAsync(new RecipeExportViewModel { IncludeContent = true }, cancellationToken));
    }

    [HttpPost("export")]
    [RequirePermission(nameof(Permissions.Export))]
    public async Task<IActionResult> Export(RecipeExportViewModel model, CancellationToken cancellationToken)
    {
        await WithTypesAsync(model, cancellationToken);
        var known = model.AvailableTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        model.ContentTypes = model.ContentTypes.Where(known.Contains).Distinct(StringComparer.Ordinal).ToList();
        if (model.ContentTypes.Count == 0)
        {
            ModelState.AddModelError(nameof(model.ContentTypes), T["Choose at least one content type to export."]);
            return View(model);
        }

        var today = siteTime.ToLocal(clock.GetUtcNow()).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var recipe = await exportBuilder.BuildAsync(
            new RecipeExportRequest
            {
                Name = $"ltk-export-{today}",
                DisplayName = T["Export {0}", today],
                Description = T["Content types {0} exported from the site.", string.Join(", ", model.ContentTypes)],
                ContentTypes = model.ContentTypes,
                IncludeContent = model.IncludeContent,
            },
            cancellationToken);
        // An export copies the site's content out of it; who took what is worth a record.
        audit.Record(new AuditTrailEntry("Recipe", "Exported", $"ltk-export-{today}", string.Join(", ", model.ContentTypes))
        {
            Comment = model.IncludeContent ? "Content types and their items" : "Content types only",
        });
        await db.SaveChangesAsync(cancellationToken);
        var bytes = Encoding.UTF8.GetBytes(recipe.ToJsonString(s_indented));
        return File(bytes, "application/json", $"ltk-export-{today}.recipe.json");
    }

    /// <summary>
    /// Exports the items chosen in the content list, with the definitions of their types, so the file
    /// reproduces them on a fresh site.
    /// </summary>
    [HttpPost("export-items")]
    [RequirePermission(nameof(Permissions.Export))]
    public async Task<IActionResult> ExportItems([FromForm] List<string> ids, CancellationToken cancellationToken)
    {
        var chosen = ids.Where(ContentIds.IsValid).Distinct(StringComparer.Ordinal).ToList();
        var types = await db.Set<ContentItem>().Where(i => chosen.Contains(i.ContentItemId) && i.Latest && i.DeletedUtc == null)
            .Select(i => i.ContentType).Distinct().ToListAsync(cancellationToken);
        if (types.Count == 0)
        {
            TempData["Message"] = T["Choose the items to export first."].Value;
            return Redirect("/admin/content");
        }

        var today = siteTime.ToLocal(clock.GetUtcNow()).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var recipe = await exportBuilder.BuildAsync(
            new RecipeExportRequest
            {
                Name = $"ltk-export-{today}",
                DisplayName = T["Export {0}", today],
                Description = T["{0} content items exported from the site.", chosen.Count],
                ContentTypes = types,
                ContentItemIds = chosen,
            },
            cancellationToken);
        audit.Record(new AuditTrailEntry("Recipe", "Exported", $"ltk-export-{today}", string.Join(", ", chosen)) { Comment = "Chosen content items" });
        await db.SaveChangesAsync(cancellationToken);
        return File(Encoding.UTF8.GetBytes(recipe.ToJsonString(s_indented)), "application/json", $"ltk-export-{today}.recipe.json");
    }

    /// <summary>"Step 2 'Content' failed: reason. Nothing was changed."</summary>
    private string FailureMessage(RecipeRunResult result) => result.FailedStep is null
        ? T["The recipe could not be run: {0} Nothing was changed.", result.Error ?? ""]
        : T["Step {0} '{1}' failed: {2} Nothing was changed.", result.FailedStepNumber ?? 0, result.FailedStep, result.Error ?? ""];

    private async Task<RecipeIndexViewModel> IndexModelAsync(CancellationToken cancellationToken) => new() { Files = await ListFilesAsync(cancellationToken) };

    private async Task<RecipeExportViewModel> WithTypesAsync(RecipeExportViewModel model, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        model.AvailableTypes = definition.Types
            .OrderBy(t => t.DisplayName, DanishCulture.Comparer)
            .Select(t => (t.Name, t.DisplayName))
            .ToList();
        return model;
    }

    /// <summary>The folder of the setup recipe: the recipes that ship with the site.</summary>
    private string RecipeFolder
    {
        get
        {
            var path = setupOptions.Value.RecipePath;
            var full = Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
            return Path.GetDirectoryName(full) ?? AppContext.BaseDirectory;
        }
    }

    private async Task<IReadOnlyList<RecipeFileInfo>> ListFilesAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(RecipeFolder))
        {
            return [];
        }

        var files = new List<RecipeFileInfo>();
        foreach (var path in Directory.EnumerateFiles(RecipeFolder, "*.json").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            try
            {
                var recipe = await Recipe.LoadAsync(path, cancellationToken);
                files.Add(new RecipeFileInfo(fileName, recipe.Name, recipe.DisplayName, recipe.Description, null));
            }
            catch (RecipeException ex)
            {
                files.Add(new RecipeFileInfo(fileName, fileName, fileName, "", ex.Message));
            }
        }

        return files;
    }

}
