using System.Text.Json.Serialization;

namespace Council.Grants.Models;

/// <summary>The council's decision on an application at a meeting.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GrantDecisionOutcome>))]
public enum GrantDecisionOutcome
{
    Granted,
    PartlyGranted,
    Refused,
    /// <summary>Not decided at this meeting: the application goes on to the next one.</summary>
    Deferred,
}
