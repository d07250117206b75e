using System.Globalization;
using Cms.Core.Security;
using Cms.Core.Text;
using Cms.Media.Localization;
using Cms.Media.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cms.Media.Controllers;

public sealed record MediaIndexViewModel(string Folder, IReadOnlyList<MediaEntry> Entries, long MaxFileBytes)
{
    public string FolderName { get; init; } = "";

    /// <summary>The folders from the root down to the current one, for the breadcrumb.</summary>
    public IReadOnlyList<(string Name, string Path)> Trail =>
        Folder.Length == 0 ? [] : Folder.Split('/').Select((name, i) => (name, string.Join('/', Folder.Split('/').Take(i + 1)))).ToList();
}

/// <summary>The media library in the admin: browse folders, create folders, upload and delete files.</summary>
[Area("Admin")]
[Route("/admin/media")]
[RequirePermission(nameof(Permissions.ManageMedia))]
public sealed class MediaAdminController(
    IMediaFileStore store,
    MediaLibrary library,
    IStringLocalizer<MediaStrings> T) : Controller
{
    public const string FileField = "MediaFile";
    public const string FolderField = "FolderName";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? folder, CancellationToken cancellationToken)
    {
        return (IActionResult?)await FolderViewAsync(folder, cancellationToken) ?? NotFound();
    }

    [HttpPost("folder")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> CreateFolder(string? folder, [FromForm(Name = FolderField)] string? folderName, CancellationToken cancellationToken)
    {
        if (!MediaPath.TryNormalize(folder, out var parent) || await IsMissingFolderAsync(parent, cancellationToken))
        {
            return NotFound();
        }

        var typed = folderName?.Trim() ?? "";
        var slug = Slugs.FromText(typed);
        if (typed.Length == 0)
        {
            ModelState.AddModelError(FolderField, T["Enter a name for the folder."]);
        }
        else if (slug.Length == 0)
        {
            ModelState.AddModelError(FolderField, T["The folder name must contain letters or digits."]);
        }
        else if (await store.GetAsync(MediaPath.Combine(parent, slug), cancellationToken) is not null)
        {
            ModelState.AddModelError(FolderField, T["There is already a folder or file named {0} here. Choose another name.", slug]);
        }

        if (!ModelState.IsValid)
        {
            return (await FolderViewAsync(parent, cancellationToken, typed))!;
        }

        var path = MediaPath.Combine(parent, slug);
        await store.CreateFolderAsync(path, cancellationToken);
        TempData["Message"] = T["The folder {0} was created.", slug].Value;
        return Redirect(FolderUrl(path));
    }

    [HttpPost("upload")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Upload(string? folder, [FromForm(Name = FileField)] IFormFile? file, CancellationToken cancellationToken)
    {
        if (!MediaPath.TryNormalize(folder, out var parent) || await IsMissingFolderAsync(parent, cancellationToken))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(FileField, T["Choose a file to upload."]);
            return (await FolderViewAsync(parent, cancellationToken))!;
        }

        UploadResult result;
        await using (var stream = file.OpenReadStream())
        {
            result = await library.UploadAsync(parent, file.FileName, stream, cancellationToken);
        }

        var problem = result.Problem switch
        {
            UploadProblem.Empty => T["The file is empty. Choose another file."].Value,
            UploadProblem.TooLarge => T["The file is larger than {0} MB. Make it smaller or choose another file.", MaxMegabytes()].Value,
            UploadProblem.WrongType => T["The file is not a JPEG, PNG, WebP or GIF image or a PDF. Only these kinds of files can be uploaded."].Value,
            UploadProblem.Damaged => T["The image could not be read; it may be damaged. Choose another file."].Value,
            _ => null,
        };
        if (problem is not null)
        {
            ModelState.AddModelError(FileField, problem);
            return (await FolderViewAsync(parent, cancellationToken))!;
        }

        TempData["Message"] = T["The file {0} was uploaded.", MediaPath.NameOf(result.Path!)].Value;
        return Redirect(FolderUrl(parent));
    }

    [HttpGet("delete")]
    public async Task<IActionResult> Delete(string? path, CancellationToken cancellationToken)
    {
        return await FileOrNullAsync(path, cancellationToken) is { } file ? View(file) : NotFound();
    }

    [HttpPost("delete")]
    [ValidateAntiForgeryToken]
    [ActionName("Delete")]
    public async Task<IActionResult> DeletePost(string? path, CancellationToken cancellationToken)
    {
        if (await FileOrNullAsync(path, cancellationToken) is not { } file || !await library.DeleteAsync(file.Path, cancellationToken))
        {
            return NotFound();
        }

        TempData["Message"] = T["The file {0} was deleted.", file.Name].Value;
        return Redirect(FolderUrl(MediaPath.FolderOf(file.Path)));
    }

    private string MaxMegabytes() => (library.MaxFileBytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.CurrentCulture);

    private static string FolderUrl(string folder) => folder.Length == 0 ? "/admin/media" : "/admin/media?folder=" + Uri.EscapeDataString(folder);

    private async Task<bool> IsMissingFolderAsync(string folder, CancellationToken cancellationToken) =>
        folder.Length > 0 && await store.GetAsync(folder, cancellationToken) is not { IsFolder: true };

    private async Task<MediaEntry?> FileOrNullAsync(string? path, CancellationToken cancellationToken) =>
        MediaPath.TryNormalize(path, out var normalized) && normalized.Length > 0
            && await store.GetAsync(normalized, cancellationToken) is { IsFolder: false } file ? file : null;

    private async Task<ViewResult?> FolderViewAsync(string? folder, CancellationToken cancellationToken, string folderName = "")
    {
        if (!MediaPath.TryNormalize(folder, out var normalized) || await IsMissingFolderAsync(normalized, cancellationToken))
        {
            return null;
        }

        var entries = await store.ListAsync(normalized, cancellationToken);
        ViewData["MaxMegabytes"] = MaxMegabytes();
        return View("Index", new MediaIndexViewModel(normalized, entries, library.MaxFileBytes) { FolderName = folderName });
    }
}
