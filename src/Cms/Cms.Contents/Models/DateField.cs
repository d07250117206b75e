using System.Text.Json.Serialization;

namespace Cms.Contents.Models;

/// <summary>DateField: <c>{"Value": "2026-11-25"}</c>, null when empty.</summary>
public sealed class DateField : ContentField
{
    [JsonConverter(typeof(DateFieldValueConverter))]
    public DateOnly? Value { get; set; }
}
