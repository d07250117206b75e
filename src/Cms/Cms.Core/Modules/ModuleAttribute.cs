namespace Cms.Core.Modules;

/// <summary>
/// The manifest of a module: put it once in the module's <c>Manifest.cs</c> as an assembly attribute.
/// The host finds every referenced assembly that carries it; Program.cs never names a module.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute : Attribute
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public string Category { get; init; } = "Uncategorized";

    /// <summary>Ids of the modules that must start before this one.</summary>
    public string[] Dependencies { get; init; } = [];
}
