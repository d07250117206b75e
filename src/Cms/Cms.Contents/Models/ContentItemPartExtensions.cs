using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Cms.Contents.Models;

/// <summary>Typed access to an item's parts (Orchard's <c>As</c> and <c>Alter</c>).</summary>
public static class ContentItemPartExtensions
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>The part stored under its class name, or an empty one when the item has none.</summary>
    public static T As<T>(this ContentItem item)
        where T : ContentPart, new() => item.As<T>(typeof(T).Name);

    /// <summary>
    /// The part stored under <paramref name="name"/> (a type may attach a part under another name). A part whose
    /// JSON does not fit the model (an import with a text where a number belongs) reads as an empty part rather
    /// than failing the page that shows it.
    /// </summary>
    public static T As<T>(this ContentItem item, string name)
        where T : ContentPart, new() => Read<T>(item.TryGetPart(name));

    /// <summary>Changes the part stored under its class name.</summary>
    public static ContentItem Alter<T>(this ContentItem item, Action<T> alter)
        where T : ContentPart, new() => item.Alter(typeof(T).Name, alter);

    /// <summary>
    /// Changes the part stored under <paramref name="name"/>: its properties are written back into the part's
    /// object, and whatever else that object holds (the fields of a type's own part, properties of a newer
    /// version of the part) stays. A property left null that the object does not have is not added.
    /// </summary>
    public static ContentItem Alter<T>(this ContentItem item, string name, Action<T> alter)
        where T : ContentPart, new()
    {
        var part = item.As<T>(name);
        alter(part);
        var target = item.Part(name);
        Write(part, target, () => target, writeNulls: false);
        return item;
    }

    /// <summary>A part or field model read from its object; an empty one when there is none or when the JSON does not fit the model.</summary>
    internal static T Read<T>(JsonObject? json)
        where T : new()
    {
        if (json is null)
        {
            return new T();
        }

        try
        {
            return json.Deserialize<T>(s_json) ?? new T();
        }
        catch (JsonException)
        {
            return new T();
        }
    }

    /// <summary>
    /// Writes a model's properties into its object (<paramref name="target"/>, or the one <paramref name="create"/>
    /// makes when there is something to write), keeping what else the object holds. Without
    /// <paramref name="writeNulls"/>, a property left null that the object does not have is not added.
    /// </summary>
    internal static void Write<T>(T model, JsonObject? target, Func<JsonObject> create, bool writeNulls)
    {
        foreach (var (property, value) in (JsonObject)JsonSerializer.SerializeToNode(model, s_json)!)
        {
            if (value is null && !writeNulls && target?.ContainsKey(property) != true)
            {
                continue;
            }

            target ??= create();
            target[property] = value?.DeepClone();
        }
    }
}
