using System.Globalization;
using Cms.Contents.Fields;
using Cms.Contents.Parts;
using Cms.Core.Localization;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Rules;
using Council.Grants.Services;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Drivers;

/// <summary>
/// GrantApplicationPart's admin editor: the status (with the meeting date when it is on an agenda), the screening
/// flags and the rules' warnings, shown not blocking. It also checks the application's own fields the rules cover
/// (CVR, end date), as they are posted beside it.
/// </summary>
public sealed class GrantApplicationPartDriver(GrantStatusTexts texts, SiteTimeZone siteTime, IStringLocalizer<GrantStrings> T) : ContentPartDriver<GrantApplicationPart>
{
    public const string StatusInput = "Status";
    public const string ReasonInput = "WithdrawnReason";
    public const int MaxReasonLength = 1000;

    public override string EditorView => "~/Views/GrantApplicationPart/Edit.cshtml";

    public override ValueTask<object?> EditAsync(GrantApplicationPart part, PartContext context, CancellationToken cancellationToken)
    {
        context.SetInput(StatusInput, part.Status.ToString());
        context.SetInput(ReasonInput, part.WithdrawnReason);
        var result = GrantApplicationRules.Check(GrantApplicationFields.Facts(context.Item, part.ExpectedMeetingDate));
        return new(new ApplicationEditorData(
            [.. GrantApplicationStatuses.OfferedFrom(part.Status).Select(s => (s, texts.Label(s)))],
            part.SubmittedUtc is { } submitted ? siteTime.FormatDateTime(submitted) : null,
            part.ExpectedMeetingDate is { } meeting ? DanishDate(meeting) : null,
            part.AgendaMeetingDate is { } agenda ? DanishDate(agenda) : null,
            result.LowerPriority,
            [.. result.Warnings.Select(w => T[w.Message, w.Arguments].Value)]));
    }

    public override ValueTask UpdateAsync(GrantApplicationPart part, PartContext context, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<GrantApplicationStatus>(context.Input(StatusInput), ignoreCase: false, out var status) || !Enum.IsDefined(status))
        {
            context.AddError(StatusInput, T["Choose the application's status."]);
            return default;
        }

        // The routing, the decision and the follow-up set their statuses; a person may keep one, not choose it.
        if (status != part.Status && !GrantApplicationStatuses.SetByHand.Contains(status))
        {
            context.AddError(StatusInput, T["\"{0}\" is set by the system (the routing to a meeting, the council's decision or the follow-up on the report) and cannot be chosen by hand.", texts.Label(status)]);
            return default;
        }

        var reason = context.Input(ReasonInput).Trim();
        if (status == GrantApplicationStatus.Withdrawn && reason.Length == 0)
        {
            context.AddError(ReasonInput, T["Write why the applicant withdrew the application, e.g. as the applicant wrote it."]);
        }
        else if (reason.Length > MaxReasonLength)
        {
            context.AddError(ReasonInput, T["The reason can be at most {0} characters; it has {1}.", MaxReasonLength, reason.Length]);
        }

        part.Status = status;
        part.WithdrawnReason = status == GrantApplicationStatus.Withdrawn ? reason : "";
        CheckOwnFields(context);
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(GrantApplicationPart part, PartContext context, CancellationToken cancellationToken)
    {
        var text = texts.Label(part.Status);
        if (part.ExpectedMeetingDate is { } meeting)
        {
            text += " · " + T["Expected meeting {0}", DanishDate(meeting)];
        }

        if (part.LowerPriority)
        {
            text += " · " + T["Lower priority (public institution)"];
        }

        if (part.StartsBeforeMeeting)
        {
            text += " · " + T["Starts before the meeting"];
        }

        return new(ContentDisplay.FromText(text));
    }

    /// <summary>The rules on the application's own fields, at those fields (their inputs are <c>{Type}.{Field}.{Property}</c>).</summary>
    private void CheckOwnFields(PartContext context)
    {
        var type = context.Item.ContentType;
        var start = ReadDate(context, $"{type}.{GrantApplicationFields.StartDate}.Value");
        var facts = new GrantApplicationFacts
        {
            Cvr = context.Form.Get($"{type}.{GrantApplicationFields.Cvr}.Text").Trim(),
            StartDate = start,
            EndDate = ReadDate(context, $"{type}.{GrantApplicationFields.EndDate}.Value"),
        };
        foreach (var error in GrantApplicationRules.Check(facts).Errors)
        {
            var input = error.Element switch
            {
                GrantRuleElements.Cvr => $"{type}.{GrantApplicationFields.Cvr}.Text",
                GrantRuleElements.EndDate => $"{type}.{GrantApplicationFields.EndDate}.Value",
                _ => null,
            };
            if (input is not null && context.Form.Has(input))
            {
                context.Form.AddError(input, T[error.Message, error.Arguments]);
            }
        }
    }

    private static DateOnly? ReadDate(PartContext context, string input) =>
        DateOnly.TryParseExact(context.Form.Get(input).Trim(), ["yyyy-MM-dd", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string DanishDate(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
