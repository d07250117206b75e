using Cms.Media.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Cms.Media.Controllers;

/// <summary>
/// Public files at /media/{path}, with resized variants at <c>?width=</c> one of the presets. URLs the
/// site generates carry a version (<c>?v=</c>), so every response may be cached for a year.
/// </summary>
public sealed class MediaController(IMediaFileStore store, MediaVariants variants) : Controller
{
    private const string CacheForAYear = "public, max-age=31536000, immutable";

    [HttpGet("/media/{**path}")]
    [HttpHead("/media/{**path}")]
    public async Task<IActionResult> Get(string? path, string? width, CancellationToken cancellationToken)
    {
        if (!MediaPath.TryNormalize(path, out var normalized) || normalized.Length == 0
            || MediaTypes.FromPath(normalized) is not { } type
            || await store.GetAsync(normalized, cancellationToken) is not { IsFolder: false } file
            || store.LocalPath(normalized) is not { } local)
        {
            return NotFound();
        }

        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        if (width is not null)
        {
            if (!type.IsImage || !int.TryParse(width, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var w) || !MediaOptions.WidthPresets.Contains(w))
            {
                return BadRequest();
            }

            if (await variants.GetAsync(file, type, w, cancellationToken) is { } variant)
            {
                Response.Headers.CacheControl = CacheForAYear;
                return PhysicalFile(variant.File, variant.ContentType);
            }
        }

        Response.Headers.CacheControl = CacheForAYear;
        if (!type.IsImage)
        {
            // Shown in the browser's own viewer, never as a page of this site.
            Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("inline") { FileNameStar = file.Name }.ToString();
        }

        return PhysicalFile(local, type.ContentType, enableRangeProcessing: true);
    }
}
