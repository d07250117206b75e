using System.Text.Json.Serialization;

namespace Cms.Contents.Models;

/// <summary>TimeField: <c>{"Value": "14:30"}</c>, null when empty.</summary>
public sealed class TimeField : ContentField
{
    [JsonConverter(typeof(TimeFieldValueConverter))]
    public TimeOnly? Value { get; set; }
}
