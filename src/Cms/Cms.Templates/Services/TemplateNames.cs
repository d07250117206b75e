using System.Text.RegularExpressions;
using Cms.Contents.Models;
using Cms.Contents.Services;

namespace Cms.Templates.Services;

/// <summary>The naming convention of templates and the names an item's display looks for, most specific first.</summary>
public static partial class TemplateNames
{
    public const int MaxLength = 200;

    public const string Summary = ".Summary";

    /// <summary>
    /// Detail: <c>Content-{Type}-{alias}</c>, <c>Content-{Type}-{slug}</c>, <c>Content-{Type}</c>, <c>Content</c>;
    /// summary: <c>Content-{Type}.Summary</c>, <c>Content.Summary</c>. The slug is the item's path with '/' as '-'.
    /// </summary>
    public static IReadOnlyList<string> For(ContentItem item, ContentDisplayType displayType)
    {
        var type = item.ContentType;
        if (displayType == ContentDisplayType.Summary)
        {
            return [$"Content-{type}{Summary}", $"Content{Summary}"];
        }

        var names = new List<string>(4);
        if (item.As<AliasPart>().Alias is { Length: > 0 } alias)
        {
            names.Add($"Content-{type}-{alias}");
        }

        if (item.As<AutoroutePart>().Path is { Length: > 0 } path)
        {
            names.Add($"Content-{type}-{path.Trim('/').Replace('/', '-')}");
        }

        names.Add($"Content-{type}");
        names.Add("Content");
        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Names are file names: letters, digits, dashes, underscores and dots, starting with a letter.</summary>
    public static bool IsValid(string? name) => name is { Length: > 0 and <= MaxLength } && ValidName().IsMatch(name);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]*$")]
    private static partial Regex ValidName();
}
