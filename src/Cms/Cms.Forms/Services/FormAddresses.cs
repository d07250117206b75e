using System.Runtime.CompilerServices;
using Cms.Contents.Metadata;
using Cms.Forms.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Forms.Services;

/// <summary>
/// Which form type lives at a path. The form route is a candidate for every public address (and a cached page is
/// matched before it is served), so this is a singleton that reads the node's shared definition snapshot: no request
/// scope's services — a DbContext among them — are made unless the snapshot is not loaded yet.
/// </summary>
public sealed class FormAddresses(ContentDefinitionCache cache)
{
    private static readonly ConditionalWeakTable<ContentDefinition, Dictionary<(bool English, string Path), string>> s_paths = new();

    /// <summary>The form type whose path in the language is <paramref name="path"/>, or null.</summary>
    public async ValueTask<ContentTypeDefinition?> FindAsync(HttpContext httpContext, string path, bool english)
    {
        var definition = cache.Current
            ?? await httpContext.RequestServices.GetRequiredService<ContentDefinitionManager>().GetSharedAsync(httpContext.RequestAborted);
        // The paths are indexed once per definition snapshot (a snapshot never changes).
        return s_paths.GetValue(definition, Index).TryGetValue((english, path), out var name) ? definition.FindType(name) : null;
    }

    private static Dictionary<(bool English, string Path), string> Index(ContentDefinition definition)
    {
        var paths = new Dictionary<(bool, string), string>(PathComparer.Instance);
        foreach (var type in definition.Types)
        {
            if (type.Settings.GetSettings<FormSettings>() is { Enabled: true } settings)
            {
                if (settings.Path is { Length: > 0 } path)
                {
                    paths.TryAdd((false, path), type.Name);
                }

                if (settings.PathEn is { Length: > 0 } pathEn)
                {
                    paths.TryAdd((true, pathEn), type.Name);
                }
            }
        }

        return paths;
    }

    private sealed class PathComparer : IEqualityComparer<(bool English, string Path)>
    {
        public static readonly PathComparer Instance = new();

        public bool Equals((bool English, string Path) x, (bool English, string Path) y) =>
            x.English == y.English && string.Equals(x.Path, y.Path, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((bool English, string Path) obj) => HashCode.Combine(obj.English, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Path));
    }
}
