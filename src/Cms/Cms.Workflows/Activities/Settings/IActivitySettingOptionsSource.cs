namespace Cms.Workflows.Activities.Settings;

/// <summary>
/// Where the choices of a kind of setting come from when they are the site's own (its roles, its content types). The
/// module that owns them registers a source with <c>services.AddActivitySettingOptions&lt;T&gt;()</c>.
/// </summary>
public interface IActivitySettingOptionsSource
{
    ActivitySettingKind Kind { get; }

    /// <summary>The choices in the order they are shown.</summary>
    Task<IReadOnlyList<ActivitySettingOption>> GetOptionsAsync(CancellationToken cancellationToken);
}
