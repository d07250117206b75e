using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cms.Core.Settings;

/// <summary>How settings sections are written: names as in the class, so a recipe's section reads like the code.</summary>
public static class SectionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new JsonStringEnumConverter() },
    };
}
