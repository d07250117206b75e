using System.Text.Json.Serialization;

namespace Cms.Contents.Models;

/// <summary>DateTimeField: <c>{"Value": "2026-11-25T13:30:00Z"}</c> in UTC, null when empty.</summary>
public sealed class DateTimeField : ContentField
{
    [JsonConverter(typeof(DateTimeFieldValueConverter))]
    public DateTime? Value { get; set; }
}
