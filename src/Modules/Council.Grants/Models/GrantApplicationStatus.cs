using System.Text.Json.Serialization;

namespace Council.Grants.Models;

/// <summary>Where an application is in its treatment; stored by name, so the JSON and the index read plainly.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GrantApplicationStatus>))]
public enum GrantApplicationStatus
{
    Received,
    Screening,
    MoreInformationNeeded,
    ReadyForMeeting,
    OnAgenda,
    Decided,
    NotEligible,
}
