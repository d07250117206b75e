using System.Globalization;
using Cms.Core.Text;

namespace Cms.Media.Services;

/// <summary>Rules for paths and names in the library: no traversal, only safe characters.</summary>
public static class MediaPath
{
    /// <summary>
    /// Turns a path from a URL or form into the library's form ("folder/file.jpg"), or fails for anything
    /// that could leave the library: "..", ".", empty segments, backslashes, colons, control characters.
    /// </summary>
    public static bool TryNormalize(string? path, out string normalized)
    {
        normalized = "";
        if (string.IsNullOrEmpty(path))
        {
            return true;
        }

        if (path.Contains('\\', StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal) || path.Any(char.IsControl) || path.Length > 400)
        {
            return false;
        }

        var segments = path.Trim('/').Split('/');
        if (segments.Any(s => s.Length == 0 || s == "." || s == ".." || s.StartsWith('.')))
        {
            return segments.Length == 1 && segments[0].Length == 0;
        }

        normalized = string.Join('/', segments);
        return true;
    }

    public static string Combine(string folder, string name) => folder.Length == 0 ? name : $"{folder}/{name}";

    public static string FolderOf(string path) => path.LastIndexOf('/') is var i and >= 0 ? path[..i] : "";

    public static string NameOf(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>The stored name of an upload: the slug of the name the user gave and the extension that the bytes prove.</summary>
    public static string FileName(string uploadedName, string extension)
    {
        var stem = Slugs.FromText(Path.GetFileNameWithoutExtension(uploadedName));
        return (stem.Length == 0 ? "fil" : stem) + extension;
    }

    /// <summary>"name-2.jpg", "name-3.jpg", … for the n-th clash.</summary>
    public static string Numbered(string name, int n) =>
        $"{Path.GetFileNameWithoutExtension(name)}-{n.ToString(CultureInfo.InvariantCulture)}{Path.GetExtension(name)}";
}
