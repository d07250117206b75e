using Cms.Workflows.Models;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cms.Workflows.Activities.Settings;

/// <summary>
/// An activity's own settings editor, for when a list of <see cref="ActivitySetting"/> is not enough (a preview, settings
/// that depend on each other). The activity names it with <see cref="Activity.SettingsEditorType"/>; the admin page binds
/// the posted form to <see cref="ModelType"/> (no prefix, so its inputs must not be called Title, IsStart or BaseVersion)
/// and renders <see cref="View"/> with an <see cref="ActivitySettingsEditorModel"/>.
/// </summary>
public interface IActivitySettingsEditor
{
    /// <summary>The Razor partial with the inputs.</summary>
    string View { get; }

    Type ModelType { get; }

    /// <summary>The input names in the form's order, for the error summary.</summary>
    IReadOnlyList<string> Inputs { get; }

    /// <summary>The model from the stored settings.</summary>
    object Read(ActivityRecord activity);

    /// <summary>Writes the posted model into the activity's properties, keeping the properties it does not edit.</summary>
    void Write(object model, ActivityRecord activity);

    /// <summary>Checks what only the form knows (the activity's own checks run after <see cref="Write"/>); errors by input name.</summary>
    void Validate(object model, ModelStateDictionary errors);
}
