using System.Reflection;

namespace Cms.Core.Modules;

/// <summary>A discovered module: its manifest, its assembly and its start-up class.</summary>
public sealed class ModuleDescriptor
{
    public ModuleDescriptor(ModuleAttribute manifest, Assembly assembly, Type? startupType)
    {
        Manifest = manifest;
        Assembly = assembly;
        StartupType = startupType;
    }

    public ModuleAttribute Manifest { get; }

    public Assembly Assembly { get; }

    public Type? StartupType { get; }

    public string Id => Manifest.Id;

    public string Name => Manifest.Name;

    public string Description => Manifest.Description;

    public string Category => Manifest.Category;

    public IReadOnlyList<string> Dependencies => Manifest.Dependencies;

    public string Version => Assembly.GetName().Version?.ToString(3) ?? "";

    public override string ToString() => Id;
}
