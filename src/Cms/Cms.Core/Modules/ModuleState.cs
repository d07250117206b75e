namespace Cms.Core.Modules;

/// <summary>
/// Records that a module has been set up on this site, so its default role permissions are granted
/// once, when the module first appears, and never again over an administrator's changes.
/// </summary>
public sealed class ModuleState
{
    public required string ModuleId { get; set; }

    public DateTime EnabledUtc { get; set; }
}
