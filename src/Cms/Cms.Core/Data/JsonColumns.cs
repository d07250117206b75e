using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Core.Data;

/// <summary>A JSON document stored as text in one column, compared by content so EF sees changes made inside it.</summary>
public static class JsonColumns
{
    private static readonly ValueComparer<JsonObject> s_comparer = new(
        (a, b) => JsonNode.DeepEquals(a, b),
        v => v.ToJsonString((JsonSerializerOptions?)null).GetHashCode(StringComparison.Ordinal),
        v => (JsonObject)v.DeepClone());

    public static PropertyBuilder<JsonObject> HasJsonConversion(this PropertyBuilder<JsonObject> property) =>
        property.HasConversion(
            v => v.ToJsonString((JsonSerializerOptions?)null),
            v => (JsonObject)JsonNode.Parse(v, null, default)!,
            s_comparer);
}
