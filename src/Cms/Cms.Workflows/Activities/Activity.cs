using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;

namespace Cms.Workflows.Activities;

/// <summary>
/// What an activity in a workflow type does. Modules register theirs with <c>services.AddActivity&lt;T&gt;()</c>;
/// the stored type names it by <see cref="Name"/> or by one of <see cref="OrchardNames"/>, so an Orchard export
/// runs here. Activities are scoped services: they may use the request's unit of work.
/// </summary>
public abstract class Activity
{
    /// <summary>The name stored in a workflow type, and for events the name of the event that resumes it.</summary>
    public abstract string Name { get; }

    /// <summary>The names of Orchard Core's activities this one does the work of.</summary>
    public virtual IReadOnlyList<string> OrchardNames => [];

    /// <summary>An English key, translated where it is shown.</summary>
    public abstract string DisplayName { get; }

    /// <summary>What the activity does, for the person choosing it: an English key, translated where it is shown (empty if none).</summary>
    public virtual string Description => "";

    /// <summary>An English key ("Control flow", "Content", "Primitives"…), translated where it is shown.</summary>
    public abstract string Category { get; }

    /// <summary>
    /// An event starts a workflow (when marked as a start activity) or, reached by a transition, halts it until the
    /// event arrives with the instance's correlation id.
    /// </summary>
    public virtual bool IsEvent => false;

    /// <summary>The outcomes the activity can end with, for these settings; transitions leave from them.</summary>
    public abstract IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity);

    /// <summary>
    /// The strings its English keys (display name, description, category, setting labels and hints) are translated with:
    /// the marker class of the module's resx.
    /// </summary>
    public virtual Type StringsType => typeof(WorkflowStrings);

    /// <summary>The settings the admin form shows, in order; an activity with none has only a title.</summary>
    public virtual IReadOnlyList<ActivitySetting> Settings => [];

    /// <summary>
    /// An <see cref="IActivitySettingsEditor"/> of its own, made with the request's services, for when <see cref="Settings"/>
    /// cannot describe the form; null for the form <see cref="Settings"/> describes.
    /// </summary>
    public virtual Type? SettingsEditorType => null;

    /// <summary>
    /// What is wrong with the activity's settings, each message translated and saying what to fix, with the setting it is
    /// about; empty when it can run. The JSON editor, the recipe step and the settings form all ask this.
    /// </summary>
    public virtual IEnumerable<ActivitySettingError> ValidateSettings(ActivityRecord activity) => [];

    /// <summary>What is wrong with the activity's settings, each message saying what to fix; empty when it can run.</summary>
    public virtual IEnumerable<string> Validate(ActivityRecord activity) => ValidateSettings(activity).Select(e => e.Message);

    /// <summary>Whether the activity accepts this event or execution (a content type filter, a signal's name).</summary>
    public virtual Task<bool> CanExecuteAsync(ActivityContext context, CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>Runs the activity when a transition reaches it.</summary>
    public abstract Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken);

    /// <summary>Runs the activity when the event it waits for (or starts on) has arrived.</summary>
    public virtual Task<ActivityResult> ResumeAsync(ActivityContext context, CancellationToken cancellationToken) => ExecuteAsync(context, cancellationToken);
}
