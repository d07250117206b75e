namespace Cms.Media.Services;

/// <summary>Configuration section <c>Media</c>.</summary>
public sealed class MediaOptions
{
    /// <summary>Folder of the library; relative paths are under the content root. Default <c>App_Data/media</c>.</summary>
    public string Root { get; set; } = Path.Combine("App_Data", "media");

    /// <summary>Folder of the resized variants; they can be thrown away at any time. Default <c>App_Data/media-cache</c>.</summary>
    public string CacheRoot { get; set; } = Path.Combine("App_Data", "media-cache");

    /// <summary>Largest file accepted for upload, in bytes. Default 10 MB.</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The widths a resized variant may have; a page asks for one of these in <c>?width=</c>.</summary>
    public static IReadOnlyList<int> WidthPresets { get; } = [320, 640, 960, 1280, 1920];
}
