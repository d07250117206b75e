using Cms.Contents.Models;
using Cms.Forms.Services;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Rules;
using Council.Meetings.Schedule;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Forms;

/// <summary>
/// The pool's rules across the application form's steps: the CVR number and the end date are errors at their
/// fields, a start before the meeting expected to treat the application is a warning on "Tjek dine svar". The
/// budget's own rules are the budget editor's (<see cref="GrantBudgetFormEditor"/>).
/// </summary>
public sealed class GrantApplicationFormCheck(IMeetingSchedule schedule, TimeProvider clock, IStringLocalizer<GrantStrings> T) : IFormCheck
{
    public bool Applies(FormDescriptor form) => form.Type.FindPart(nameof(GrantApplicationPart)) is not null;

    public async ValueTask<FormCheckResult> CheckAsync(FormDescriptor form, ContentItem item, CancellationToken cancellationToken)
    {
        var meeting = await schedule.GetMeetingForSubmissionAsync(clock.GetUtcNow(), cancellationToken);
        var result = GrantApplicationRules.Check(GrantApplicationFields.Facts(item, meeting?.Date));
        var type = form.Type.Name;
        var errors = result.Errors
            .Select(e => (Input: e.Element switch
            {
                GrantRuleElements.Cvr => $"{type}.{GrantApplicationFields.Cvr}.Text",
                GrantRuleElements.EndDate => $"{type}.{GrantApplicationFields.EndDate}.Value",
                _ => null,
            }, Finding: e))
            .Where(e => e.Input is not null)
            .Select(e => new KeyValuePair<string, string>(e.Input!, T[e.Finding.Message, e.Finding.Arguments]))
            .ToList();
        return new FormCheckResult(errors, [.. result.Warnings.Select(w => T[w.Message, w.Arguments].Value)]);
    }
}
