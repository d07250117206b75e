namespace Cms.Core.Modules;

/// <summary>
/// Marks a module's second start-up class (Orchard's <c>RequireFeatures</c>): it runs only when every module
/// named here is part of the site, so an optional integration (e.g. the content events a workflow module listens
/// to) lives in its own folder and costs nothing when the other module is absent. The module does not depend on
/// the modules named here; they are not started for it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class RequireFeaturesAttribute(params string[] moduleIds) : Attribute
{
    public IReadOnlyList<string> ModuleIds { get; } = moduleIds;
}
