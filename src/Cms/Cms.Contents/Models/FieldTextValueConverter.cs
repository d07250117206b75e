using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cms.Contents.Models;

/// <summary>
/// A field value stored as text in a fixed format (a date as <c>2026-11-25</c>, a time as <c>14:30</c>): written in
/// that format, read leniently. Text that is no such value reads as empty rather than failing the whole field, as
/// the drivers read it before they were typed.
/// </summary>
public abstract class FieldTextValueConverter<T> : JsonConverter<T?>
    where T : struct
{
    protected abstract bool TryParse(string text, out T value);

    protected abstract string Format(T value);

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString() is { } text && TryParse(text, out var value) ? value : null;
        }

        reader.Skip();
        return null;
    }

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteStringValue(Format(v));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
