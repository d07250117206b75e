using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Cms.Contents.Metadata;

/// <summary>
/// Reads and writes settings groups (<c>Settings["ContentTypeSettings"]</c>, …). Reading is lenient
/// because Orchard exports write numbers and booleans as strings (<c>"Position": "1"</c>,
/// <c>"Creatable": "True"</c>).
/// </summary>
public static class SettingsJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static T GetSettings<T>(this JsonObject settings)
        where T : new() => settings.GetSettings<T>(typeof(T).Name);

    /// <summary>The group <paramref name="groupName"/> read as <typeparamref name="T"/> (e.g. the keys several groups share).</summary>
    public static T GetSettings<T>(this JsonObject settings, string groupName)
        where T : new()
    {
        var group = Find(settings, groupName);
        if (group is not JsonObject obj)
        {
            return new T();
        }

        try
        {
            return obj.Deserialize<T>(Options) ?? new T();
        }
        catch (JsonException)
        {
            return new T();
        }
    }

    public static void SetSettings<T>(this JsonObject settings, T value)
    {
        var key = Find(settings, typeof(T).Name) is null ? typeof(T).Name : settings.First(p => string.Equals(p.Key, typeof(T).Name, StringComparison.OrdinalIgnoreCase)).Key;
        settings[key] = JsonSerializer.SerializeToNode(value, Options);
    }

    private static JsonNode? Find(JsonObject settings, string name)
    {
        if (settings.TryGetPropertyValue(name, out var exact))
        {
            return exact;
        }

        foreach (var (key, value) in settings)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new LenientBooleanConverter());
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }

    /// <summary>Accepts true/false, "True"/"false" and 1/0.</summary>
    private sealed class LenientBooleanConverter : JsonConverter<bool>
    {
        public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.String => bool.TryParse(reader.GetString(), out var b) ? b : reader.GetString() == "1",
            JsonTokenType.Number => reader.TryGetInt64(out var n) && n != 0,
            _ => false,
        };

        public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
    }

    /// <summary>Parses a decimal the way settings hold it, invariant culture.</summary>
    public static decimal? ParseDecimal(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
}
