using System.Globalization;
using Cms.Core.Localization;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Meetings.Schedule;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Services;

/// <summary>
/// What the applicant reads about their application, in their language (da or en, whatever the page's language):
/// each status's sentence and the sentence about the meeting expected to treat it. Staff see <see cref="Label"/>.
/// </summary>
public sealed class GrantStatusTexts(IMeetingSchedule schedule, IStringLocalizer<GrantStrings> T)
{
    /// <summary>The short name of a status in the admin (in the admin's language).</summary>
    public string Label(GrantApplicationStatus status) => status switch
    {
        GrantApplicationStatus.Received => T["Received"],
        GrantApplicationStatus.Screening => T["Being screened"],
        GrantApplicationStatus.MoreInformationNeeded => T["More information needed"],
        GrantApplicationStatus.ReadyForMeeting => T["Ready for meeting"],
        GrantApplicationStatus.OnAgenda => T["On the agenda"],
        GrantApplicationStatus.Decided => T["Decided"],
        GrantApplicationStatus.NotEligible => T["Not eligible"],
        GrantApplicationStatus.ReportRequested => T["Report requested"],
        GrantApplicationStatus.ReportReceived => T["Report received"],
        GrantApplicationStatus.RepaymentRequested => T["Repayment requested"],
        GrantApplicationStatus.Closed => T["Closed"],
        GrantApplicationStatus.Withdrawn => T["Withdrawn by the applicant"],
        _ => status.ToString(),
    };

    /// <summary>The status sentence for the applicant; <paramref name="meeting"/> is the meeting whose agenda it is on.</summary>
    public string ForApplicant(GrantApplicationStatus status, DateOnly? meeting, string culture) => In(culture, c => status switch
    {
        GrantApplicationStatus.Received => T["We have received your application."],
        GrantApplicationStatus.Screening => T["The secretariat is looking through your application."],
        GrantApplicationStatus.MoreInformationNeeded => T["The secretariat needs more information from you. Look in your e-mail for the link where you can add it."],
        GrantApplicationStatus.ReadyForMeeting => T["Your application is ready to be treated at the council's next meeting."],
        GrantApplicationStatus.OnAgenda when meeting is { } date => T["Your application is on the agenda of the council's meeting on {0}.", LongDate(date, c)],
        GrantApplicationStatus.OnAgenda => T["Your application is on the agenda of the council's next meeting."],
        GrantApplicationStatus.Decided => T["The council has decided on your application. You receive the decision by e-mail."],
        GrantApplicationStatus.NotEligible => T["Your application cannot be supported from the council's pool. You receive the reasons by e-mail."],
        GrantApplicationStatus.ReportRequested => T["The council has supported your project. Look in your e-mail for the link where you report on it."],
        GrantApplicationStatus.ReportReceived => T["We have received your report. The secretariat is going through it."],
        GrantApplicationStatus.RepaymentRequested => T["The secretariat has asked you to pay back money that was not spent. Look in your e-mail."],
        GrantApplicationStatus.Closed => T["The case is closed."],
        GrantApplicationStatus.Withdrawn => T["Your application has been withdrawn, as you asked. The council will not treat it."],
        _ => T["We have received your application."],
    });

    /// <summary>"Ansøgningen forventes behandlet på mødet den 4. marts 2027. Du får besked lige efter mødet."</summary>
    public string ExpectedMeeting(ScheduledMeeting? meeting, string culture) => In(culture, c => meeting is null
        ? T["The application will be treated at the council's first coming meeting. You will hear from us right after the meeting."]
        : T["The application is expected to be treated at the meeting on {0}. You will hear from us right after the meeting.", LongDate(meeting.Date, c)]);

    /// <summary>The expected-meeting sentence for an application submitted at <paramref name="submittedUtc"/> (a receipt, a first mail).</summary>
    public async Task<string> ExpectedMeetingAsync(DateTimeOffset submittedUtc, string culture, CancellationToken cancellationToken) =>
        ExpectedMeeting(await schedule.GetMeetingForSubmissionAsync(submittedUtc, cancellationToken), culture);

    /// <summary>
    /// What the status page says about a stored application: its status, and while it waits for a meeting, the
    /// meeting expected to treat it (the one its agenda names once it is on one).
    /// </summary>
    public GrantStatusText ForApplicant(GrantApplicationPart part, string culture)
    {
        var status = ForApplicant(part.Status, part.AgendaMeetingDate ?? part.ExpectedMeetingDate, culture);
        var waiting = part.Status is GrantApplicationStatus.Received or GrantApplicationStatus.Screening or GrantApplicationStatus.MoreInformationNeeded or GrantApplicationStatus.ReadyForMeeting;
        var meeting = part.ExpectedMeetingDate is { } date ? new ScheduledMeeting(date, date) : null;
        return new GrantStatusText(status, waiting ? ExpectedMeeting(meeting, culture) : null);
    }

    /// <summary>4. marts 2027 in Danish, 4 March 2027 in English.</summary>
    public static string LongDate(DateOnly date, CultureInfo culture) =>
        date.ToString(culture.TwoLetterISOLanguageName == "da" ? "d. MMMM yyyy" : "d MMMM yyyy", culture);

    private static string In(string culture, Func<CultureInfo, LocalizedString> text)
    {
        var wanted = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? CultureInfo.GetCultureInfo("en") : DanishCulture.Culture;
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = wanted;
        try
        {
            return text(wanted).Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
