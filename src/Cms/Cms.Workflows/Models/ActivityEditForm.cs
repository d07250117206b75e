namespace Cms.Workflows.Models;

/// <summary>What an activity's settings page posts besides the settings themselves (named <c>Settings.Key</c>, or the activity's own editor's).</summary>
public sealed class ActivityEditForm
{
    public string? Title { get; set; }

    public bool IsStart { get; set; }

    /// <summary>The version the page was read from, so a version saved by someone else meanwhile is not overwritten unseen.</summary>
    public int BaseVersion { get; set; }
}
