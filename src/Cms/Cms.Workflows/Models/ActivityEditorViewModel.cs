using Cms.Workflows.Activities;
using Cms.Workflows.Activities.Settings;

namespace Cms.Workflows.Models;

/// <summary>
/// An activity's page: its title, whether it starts the workflow and its settings form (the described fields or the
/// activity's own editor), and for a stored activity its transitions and the form to add one.
/// </summary>
public sealed class ActivityEditorViewModel
{
    public required string WorkflowTypeId { get; init; }

    public required string TypeName { get; init; }

    public required int BaseVersion { get; init; }

    /// <summary>Null while the activity is being added.</summary>
    public string? ActivityId { get; init; }

    public required Activity Activity { get; init; }

    public required string DisplayName { get; init; }

    public required string Description { get; init; }

    public string? Title { get; init; }

    public bool IsStart { get; init; }

    public IReadOnlyList<ActivitySettingField> Fields { get; init; } = [];

    /// <summary>The activity's own editor's partial and model, instead of <see cref="Fields"/>.</summary>
    public string? EditorView { get; init; }

    public ActivitySettingsEditorModel? EditorModel { get; init; }

    /// <summary>The input names in the form's order, for the error summary.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    public IReadOnlyList<ActivityTransitionRow> Outgoing { get; init; } = [];

    public IReadOnlyList<ActivityTransitionRow> Incoming { get; init; } = [];

    public IReadOnlyList<ActivityChoice> Outcomes { get; init; } = [];

    public IReadOnlyList<ActivityChoice> Destinations { get; init; } = [];

    /// <summary>The transition form's values, kept when it comes back with an error.</summary>
    public TransitionForm Transition { get; init; } = new();
}
