using Cms.Workflows.Models;

namespace Cms.Workflows.Activities.Settings;

/// <summary>The model of an activity's own settings partial: the editor's model and the activity being edited.</summary>
public sealed record ActivitySettingsEditorModel(object Model, Activity Activity, ActivityRecord Record)
{
    public T As<T>()
        where T : class => (T)Model;
}
