namespace Council.Meetings.Models;

/// <summary>The plan-a-meeting form as typed: the date and deadlines the Danish way (04.03.2027), the time as 17.00.</summary>
public sealed class MeetingForm
{
    public string Date { get; set; } = "";

    public string Time { get; set; } = "";

    public string Place { get; set; } = "";

    /// <summary>Empty: the settings' days before the meeting.</summary>
    public string ItemDeadline { get; set; } = "";

    /// <summary>Empty: the settings' days before the meeting.</summary>
    public string AgendaDeadline { get; set; } = "";

    public static readonly IReadOnlyList<string> Order = [nameof(Date), nameof(Time), nameof(Place), nameof(ItemDeadline), nameof(AgendaDeadline)];
}
