using System.Reflection;

namespace Cms.Core.Modules;

/// <summary>A discovered module: its manifest, its assembly, its start-up class and its optional integrations.</summary>
public sealed class ModuleDescriptor
{
    public ModuleDescriptor(ModuleAttribute manifest, Assembly assembly, Type? startupType, IReadOnlyList<OptionalStartup>? optionalStartups = null)
    {
        Manifest = manifest;
        Assembly = assembly;
        StartupType = startupType;
        OptionalStartups = optionalStartups ?? [];
    }

    public ModuleAttribute Manifest { get; }

    public Assembly Assembly { get; }

    /// <summary>The module's own start-up class, which always runs.</summary>
    public Type? StartupType { get; }

    /// <summary>Start-up classes marked with <see cref="RequireFeaturesAttribute"/>, run only when those modules are present.</summary>
    public IReadOnlyList<OptionalStartup> OptionalStartups { get; }

    public string Id => Manifest.Id;

    public string Name => Manifest.Name;

    public string Description => Manifest.Description;

    public string Category => Manifest.Category;

    public IReadOnlyList<string> Dependencies => Manifest.Dependencies;

    public string Version => Assembly.GetName().Version?.ToString(3) ?? "";

    public override string ToString() => Id;
}
