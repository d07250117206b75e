using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid.Values;

namespace Cms.Core.Text;

/// <summary>JSON documents (content, workflow input and properties) as Liquid values: objects, arrays, text, numbers, booleans.</summary>
public static class JsonFluidValues
{
    public static FluidValue Convert(JsonNode node) => node switch
    {
        JsonObject obj => new DictionaryValue(new FluidValueDictionaryFluidIndexable(
            obj.ToDictionary(p => p.Key, p => p.Value is null ? NilValue.Instance : Convert(p.Value), StringComparer.Ordinal))),
        JsonArray array => new ArrayValue(array.Select(n => n is null ? NilValue.Instance : Convert(n)).ToArray()),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => new StringValue(value.GetValue<string>()),
            JsonValueKind.Number => NumberValue.Create(Number(value)),
            JsonValueKind.True => BooleanValue.True,
            JsonValueKind.False => BooleanValue.False,
            _ => NilValue.Instance,
        },
        _ => NilValue.Instance,
    };

    /// <summary>
    /// A number whatever it was made from: a parsed document holds JSON text, a node built in code holds an int or a
    /// double, and <c>GetValue&lt;decimal&gt;</c> only reads the first.
    /// </summary>
    public static decimal Number(JsonValue value) =>
        value.TryGetValue<decimal>(out var number) ? number : decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
