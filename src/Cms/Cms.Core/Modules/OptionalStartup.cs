namespace Cms.Core.Modules;

/// <summary>A module's start-up class that runs only when the modules it names are present (<see cref="RequireFeaturesAttribute"/>).</summary>
public sealed record OptionalStartup(Type StartupType, IReadOnlyList<string> RequiredModules);
