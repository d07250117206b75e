using SkiaSharp;

namespace LtkSite.Tests.Browser;

/// <summary>Real small images made in code, for uploads through the browser.</summary>
public static class TestImages
{
    /// <summary>A 64×48 PNG of one colour.</summary>
    public static byte[] Png(SKColor colour)
    {
        using var bitmap = new SKBitmap(64, 48);
        bitmap.Erase(colour);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
