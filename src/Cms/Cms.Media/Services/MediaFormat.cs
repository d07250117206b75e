using System.Globalization;

namespace Cms.Media.Services;

/// <summary>Sizes as the admin shows them.</summary>
public static class MediaFormat
{
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString(CultureInfo.CurrentCulture)} B",
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0", CultureInfo.CurrentCulture)} KB",
        _ => $"{(bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.CurrentCulture)} MB",
    };
}
