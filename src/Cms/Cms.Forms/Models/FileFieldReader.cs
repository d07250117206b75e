using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Contents.Models;

namespace Cms.Forms.Models;

/// <summary>Reads a stored <see cref="FileField"/> of an item.</summary>
public static class FileFieldReader
{
    private static readonly JsonSerializerOptions s_json = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString };

    public static FileField FileField(this ContentItem item, string partName, string fieldName)
    {
        if (item.TryGetPart(partName)?[fieldName] is not JsonObject json)
        {
            return new FileField();
        }

        try
        {
            return json.Deserialize<FileField>(s_json) ?? new FileField();
        }
        catch (JsonException)
        {
            return new FileField();
        }
    }
}
