namespace Council.Meetings.Minutes;

/// <summary>How a step of the minutes went: done, or refused with a message for the user.</summary>
public sealed record MinutesResult(bool Succeeded, string? Error = null)
{
    public static MinutesResult Done { get; } = new(true);

    public static MinutesResult Refused(string error) => new(false, error);
}
