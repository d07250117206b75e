using System.Text.Json.Nodes;

namespace Cms.Workflows.Models;

/// <summary>An activity placed in a workflow type: which activity (by name), where it is drawn and its settings.</summary>
public sealed class ActivityRecord
{
    public string ActivityId { get; set; } = "";

    /// <summary>The activity's name as written (ours or Orchard's; <see cref="Activities.ActivityCatalog"/> resolves both).</summary>
    public string Name { get; set; } = "";

    public int X { get; set; }

    public int Y { get; set; }

    public bool IsStart { get; set; }

    public JsonObject Properties { get; set; } = [];

    /// <summary>The title an editor gave it (<c>Properties.ActivityMetadata.Title</c>, Orchard's place for it).</summary>
    public string? Title => Properties["ActivityMetadata"] is JsonObject meta && meta[nameof(Title)] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
