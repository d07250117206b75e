using System.Text.Json.Nodes;
using Cms.Workflows.Models;

namespace Cms.Workflows.Activities.Settings;

/// <summary>
/// Writes settings into an activity's <c>Properties</c> the way they are read: empty removes the key (absent and empty
/// mean the same to every activity), and a value keeps the shape it was stored in (an Orchard export's plain string or
/// <c>{ "Expression": "…" }</c>), so editing a setting never changes how the rest of the type reads.
/// </summary>
public static class ActivityProperties
{
    public static void SetText(ActivityRecord activity, string key, string? text, bool asExpression)
    {
        var stored = StoredKey(activity, key);
        if (string.IsNullOrEmpty(text))
        {
            activity.Properties.Remove(stored);
            return;
        }

        var wasExpression = activity.Properties[stored] is JsonObject;
        var wasPlain = activity.Properties[stored] is JsonValue;
        if (wasExpression || (asExpression && !wasPlain))
        {
            if (activity.Properties[stored] is JsonObject expression)
            {
                expression["Expression"] = text;
            }
            else
            {
                activity.Properties[stored] = new JsonObject { ["Expression"] = text };
            }
        }
        else
        {
            activity.Properties[stored] = text;
        }
    }

    public static void SetList(ActivityRecord activity, string key, IReadOnlyList<string> items)
    {
        var stored = StoredKey(activity, key);
        if (items.Count == 0)
        {
            activity.Properties.Remove(stored);
            return;
        }

        activity.Properties[stored] = new JsonArray(items.Select(i => (JsonNode)JsonValue.Create(i)).ToArray());
    }

    public static void SetValue(ActivityRecord activity, string key, JsonNode? value)
    {
        var stored = StoredKey(activity, key);
        if (value is null)
        {
            activity.Properties.Remove(stored);
        }
        else
        {
            activity.Properties[stored] = value;
        }
    }

    /// <summary>The title an editor gives the activity, in Orchard's place for it (<c>Properties.ActivityMetadata.Title</c>).</summary>
    public static void SetTitle(ActivityRecord activity, string? title)
    {
        if (activity.Properties["ActivityMetadata"] is not JsonObject meta)
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                return;
            }

            meta = [];
            activity.Properties["ActivityMetadata"] = meta;
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            meta.Remove("Title");
        }
        else
        {
            meta["Title"] = title.Trim();
        }
    }

    /// <summary>Settings are read ignoring case (Orchard's exports mix them); a save writes to the key already there.</summary>
    private static string StoredKey(ActivityRecord activity, string key) =>
        activity.Properties.ContainsKey(key) ? key
            : activity.Properties.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Key ?? key;
}
