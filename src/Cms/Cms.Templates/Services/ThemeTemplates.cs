using System.Reflection;
using Cms.Core.Modules;

namespace Cms.Templates.Services;

/// <summary>Where a template's text came from.</summary>
public enum TemplateSource
{
    Override,
    Theme,
    BuiltIn,
}

/// <summary>
/// The templates that ship with the code: the theme's <c>Templates/*.liquid</c> files and this module's defaults,
/// both embedded in their assemblies (logical name <c>Templates/{name}.liquid</c>), so they travel with the build
/// and cannot drift from the deployed code.
/// </summary>
public sealed class ThemeTemplates
{
    private const string Prefix = "Templates/";
    private const string Extension = ".liquid";

    private readonly Dictionary<string, string> _theme;
    private readonly Dictionary<string, string> _builtIn;

    public ThemeTemplates(ModuleCatalog modules)
    {
        _theme = new(StringComparer.Ordinal);
        foreach (var theme in modules.Modules.Where(m => m.Category == "Theme"))
        {
            foreach (var (name, text) in Read(theme.Assembly))
            {
                _theme.TryAdd(name, text);
            }
        }

        _builtIn = Read(typeof(ThemeTemplates).Assembly).ToDictionary(t => t.Name, t => t.Text, StringComparer.Ordinal);
    }

    public IEnumerable<string> Names => _theme.Keys.Union(_builtIn.Keys);

    /// <summary>The theme's file, else the built-in default, of a name.</summary>
    public (TemplateSource Source, string Text)? Find(string name) =>
        _theme.TryGetValue(name, out var theme) ? (TemplateSource.Theme, theme)
        : _builtIn.TryGetValue(name, out var builtIn) ? (TemplateSource.BuiltIn, builtIn)
        : null;

    private static IEnumerable<(string Name, string Text)> Read(Assembly assembly)
    {
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(Prefix, StringComparison.Ordinal) && resource.EndsWith(Extension, StringComparison.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                yield return (resource[Prefix.Length..^Extension.Length], reader.ReadToEnd());
            }
        }
    }
}
