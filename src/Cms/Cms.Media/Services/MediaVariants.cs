using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Cms.Media.Services;

/// <summary>
/// Resized copies of library images at the preset widths, made on first request and kept on disk
/// (<c>Media:CacheRoot</c>). The cache key holds the source's last-write time, so a changed source
/// gets new variants; the cache folder can be emptied at any time.
/// </summary>
public sealed class MediaVariants
{
    private readonly string _cacheRoot;
    private readonly IMediaFileStore _store;

    public MediaVariants(IMediaFileStore store, IOptions<MediaOptions> options, IWebHostEnvironment environment)
    {
        _store = store;
        _cacheRoot = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.CacheRoot));
    }

    /// <summary>Counts variants made (not served from the cache); tests and diagnostics read it.</summary>
    public int Generated => _generated;

    private int _generated;

    /// <summary>
    /// The local file of the variant and its content type, or null when the source is smaller than the
    /// width (then the original is served as it is).
    /// </summary>
    public async Task<(string File, string ContentType)?> GetAsync(MediaEntry source, MediaType type, int width, CancellationToken cancellationToken)
    {
        var output = type == MediaTypes.Gif ? MediaTypes.Png : type;
        var key = Path.Combine(
            _cacheRoot,
            width.ToString(CultureInfo.InvariantCulture),
            source.Path.Replace('/', Path.DirectorySeparatorChar) + "." + source.LastModifiedUtc.UtcTicks.ToString("x", CultureInfo.InvariantCulture) + output.Extension);
        if (File.Exists(key))
        {
            return (key, output.ContentType);
        }

        byte[] bytes;
        await using (var stream = await _store.OpenReadAsync(source.Path, cancellationToken))
        {
            if (stream is null)
            {
                return null;
            }

            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory, cancellationToken);
            bytes = memory.ToArray();
        }

        var resized = Resize(bytes, width, output);
        if (resized is null)
        {
            return null;
        }

        // Write beside the target and move into place: a reader never sees half a file, and two first
        // requests at once each write their own temp file and the last move wins with identical bytes.
        Directory.CreateDirectory(Path.GetDirectoryName(key)!);
        var temp = key + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temp, resized, cancellationToken);
        File.Move(temp, key, overwrite: true);
        Interlocked.Increment(ref _generated);
        return (key, output.ContentType);
    }

    private static byte[]? Resize(byte[] bytes, int width, MediaType output)
    {
        using var original = SKBitmap.Decode(bytes);
        if (original is null || original.Width <= width)
        {
            return null;
        }

        var height = Math.Max(1, (int)Math.Round(original.Height * (double)width / original.Width));
        using var resized = original.Resize(new SKImageInfo(width, height, original.ColorType, original.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (resized is null)
        {
            return null;
        }

        using var image = SKImage.FromBitmap(resized);
        var format = output == MediaTypes.Jpeg ? SKEncodedImageFormat.Jpeg : output == MediaTypes.WebP ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Png;
        using var data = image.Encode(format, 82);
        return data?.ToArray();
    }
}
