using System.Globalization;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Core.Localization;
using Cms.Forms.Receipts;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Services;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Receipts;

/// <summary>
/// Makes a grant application's receipt its status page: where the application is (received → being screened → more
/// information needed → the meeting → decided or not eligible → the report → closed), when each step was reached, and
/// the meeting expected to treat it, in the language the applicant wrote in. Read from the item on every request, so a
/// change shows at once.
/// </summary>
public sealed class GrantReceiptContributor(GrantStatusTexts texts, SiteTimeZone siteTime, IStringLocalizer<GrantReceiptStrings> T) : IFormReceiptContributor
{
    public bool AppliesTo(ContentTypeDefinition type) => type.FindPart(nameof(GrantApplicationPart)) is not null;

    public Task<IReadOnlyList<FormReceiptPanel>> ContributeAsync(FormReceiptContext context, CancellationToken cancellationToken)
    {
        var part = context.Item.As<GrantApplicationPart>();
        var text = texts.ForApplicant(part, context.Culture);
        var panel = InCulture(context.Culture, () => new FormReceiptPanel(T["Status of your application"], [text.Status, .. text.Meeting is { } meeting ? [meeting] : Array.Empty<string>()])
        {
            Name = "status",
            Progress = Progress(part, context.Culture),
        });
        return Task.FromResult<IReadOnlyList<FormReceiptPanel>>([panel]);
    }

    /// <summary>The steps in the order an applicant lives them; a detour (more information) or the meeting is shown when it applies.</summary>
    private List<FormReceiptProgressStep> Progress(GrantApplicationPart part, string culture)
    {
        var current = Rank(part.Status);
        var history = part.StatusChanges;
        bool Happened(params GrantApplicationStatus[] statuses) => statuses.Contains(part.Status) || history.Any(c => statuses.Contains(c.Status));
        var meetingDate = part.AgendaMeetingDate ?? part.ExpectedMeetingDate;
        var lang = CultureInfo.GetCultureInfo(culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : DanishCulture.Name);

        var steps = new List<(string Label, GrantApplicationStatus[] Statuses)>
        {
            (T["Received"], [GrantApplicationStatus.Received]),
            (T["Being screened"], [GrantApplicationStatus.Screening]),
        };
        if (Happened(GrantApplicationStatus.MoreInformationNeeded))
        {
            steps.Add((T["More information needed"], [GrantApplicationStatus.MoreInformationNeeded]));
        }

        if (part.Status != GrantApplicationStatus.NotEligible || Happened(GrantApplicationStatus.ReadyForMeeting, GrantApplicationStatus.OnAgenda))
        {
            steps.Add((meetingDate is { } date ? T["Treated at the meeting on {0}", GrantStatusTexts.LongDate(date, lang)] : T["Treated at the council's next meeting"],
                [GrantApplicationStatus.ReadyForMeeting, GrantApplicationStatus.OnAgenda]));
        }

        steps.Add(part.Status == GrantApplicationStatus.NotEligible
            ? (T["Not eligible"], [GrantApplicationStatus.NotEligible])
            : (T["Decided"], [GrantApplicationStatus.Decided]));

        // After the decision a grant is reported on and the case closed: those steps follow it, so a closed case does
        // not read as "not decided yet".
        GrantApplicationStatus[] reporting = [GrantApplicationStatus.ReportRequested, GrantApplicationStatus.ReportReceived, GrantApplicationStatus.RepaymentRequested];
        if (Happened(reporting))
        {
            steps.Add((T["Report"], reporting));
        }

        if (part.Status != GrantApplicationStatus.NotEligible)
        {
            steps.Add((T["Case closed"], [GrantApplicationStatus.Closed]));
        }

        return [.. steps.Select(step =>
        {
            var isCurrent = step.Statuses.Contains(part.Status);
            // A detour already behind the applicant (more information given, screening again) stays done.
            var done = !isCurrent && (Rank(step.Statuses[0]) < current || (step.Statuses[0] == GrantApplicationStatus.MoreInformationNeeded && Happened(step.Statuses)));
            var state = isCurrent ? FormReceiptStepState.Current : done ? FormReceiptStepState.Done : FormReceiptStepState.Upcoming;
            var reached = state == FormReceiptStepState.Upcoming ? null : history.LastOrDefault(c => step.Statuses.Contains(c.Status));
            return new FormReceiptProgressStep(step.Label, reached is null ? null : siteTime.ToLocal(reached.AtUtc).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), state);
        })];
    }

    private static int Rank(GrantApplicationStatus status) => status switch
    {
        GrantApplicationStatus.Received => 0,
        GrantApplicationStatus.Screening => 1,
        GrantApplicationStatus.MoreInformationNeeded => 2,
        GrantApplicationStatus.ReadyForMeeting or GrantApplicationStatus.OnAgenda => 3,
        GrantApplicationStatus.ReportRequested or GrantApplicationStatus.ReportReceived or GrantApplicationStatus.RepaymentRequested => 5,
        GrantApplicationStatus.Closed => 6,
        _ => 4,
    };

    private static T2 InCulture<T2>(string culture, Func<T2> make)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? CultureInfo.GetCultureInfo("en") : DanishCulture.Culture;
        try
        {
            return make();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
