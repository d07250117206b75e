using SkiaSharp;

namespace Cms.Media.Services;

/// <summary>A kind of file the library accepts, recognised by its bytes.</summary>
public sealed record MediaType(string Extension, string ContentType, bool IsImage);

/// <summary>Tells what a file is from its first bytes (never from its name or the browser's Content-Type).</summary>
public static class MediaTypes
{
    public static readonly MediaType Jpeg = new(".jpg", "image/jpeg", true);
    public static readonly MediaType Png = new(".png", "image/png", true);
    public static readonly MediaType WebP = new(".webp", "image/webp", true);
    public static readonly MediaType Gif = new(".gif", "image/gif", true);
    public static readonly MediaType Pdf = new(".pdf", "application/pdf", false);

    public static IReadOnlyList<MediaType> All { get; } = [Jpeg, Png, WebP, Gif, Pdf];

    /// <summary>The type a stored file has, by its extension (the extension was set from the bytes at upload).</summary>
    public static MediaType? FromPath(string path) =>
        All.FirstOrDefault(t => string.Equals(Path.GetExtension(path), t.Extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>The type of the bytes, or null when they are none of the accepted kinds.</summary>
    public static MediaType? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        return head.StartsWith("%PDF-"u8) ? Pdf : null;
    }

    /// <summary>Whether an image's bytes really decode (a valid signature in front of garbage does not).</summary>
    public static bool Decodes(byte[] bytes)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        return codec is not null && codec.Info.Width > 0 && codec.Info.Height > 0;
    }
}
