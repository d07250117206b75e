using Cms.Core.AuditTrail;
using Cms.Core.Security;
using Council.Grants.Decisions;
using Council.Grants.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Controllers;

/// <summary>
/// The council's decision on an application (<c>/admin/applications/{id}/decision</c>) while it is on the agenda of a
/// meeting not yet concluded, and the application page's money forms: the recommendation, payments and lapses.
/// A form with errors comes back with each message at its field and in the summary, everything typed kept.
/// </summary>
[Area("Admin")]
[Route("/admin/applications/{id}")]
[RequirePermission(nameof(Permissions.ManageGrantApplications))]
public sealed class DecisionAdminController(
    GrantDecisionService decisions,
    GrantDecisionPanels panels,
    GrantCriteria criteria,
    Services.GrantPoolLedger ledger,
    IStringLocalizer<DecisionStrings> T) : Controller
{
    private const string DecisionView = "~/Areas/Admin/Views/DecisionAdmin/Decision.cshtml";
    private const string FormsView = "~/Areas/Admin/Views/DecisionAdmin/Forms.cshtml";

    [HttpGet("decision")]
    public async Task<IActionResult> Decision(string id, CancellationToken cancellationToken) =>
        await decisions.LoadAsync(id, cancellationToken) is { } decisionCase
            ? View(DecisionView, await ModelAsync(decisionCase, GrantDecisionService.InputOf(decisionCase), cancellationToken))
            : NotFound();

    [HttpPost("decision")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Decide(string id, GrantDecisionInput input, CancellationToken cancellationToken)
    {
        // The form's own checks only: what the binder thinks of the fields is not the secretariat's concern.
        ModelState.Clear();
        var (decisionCase, errors) = await decisions.SaveAsync(id, input, AuditTrailService.UserNameOf(HttpContext), cancellationToken);
        if (decisionCase is null)
        {
            return NotFound();
        }

        if (Add(errors))
        {
            return View(DecisionView, await ModelAsync(decisionCase, input, cancellationToken));
        }

        TempData["Message"] = T["The decision was saved: {0}.", decisions.OutcomeLabel(Enum.Parse<Models.GrantDecisionOutcome>(input.Outcome.Trim()), ParsedAmount(input))].Value;
        return Redirect(AppUrl(id) + "/decision");
    }

    [HttpPost("recommendation")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Recommend(string id, DecisionPanelInput input, CancellationToken cancellationToken) =>
        PanelFormAsync(id, input, (c, i, ct) => panels.SaveRecommendationAsync(c, i, ct), T["The recommendation was saved."], cancellationToken);

    [HttpPost("payments")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Pay(string id, DecisionPanelInput input, CancellationToken cancellationToken) =>
        PanelFormAsync(id, input, (c, i, ct) => panels.RecordPaymentAsync(c, i, AuditTrailService.UserNameOf(HttpContext), ct), T["The payment was recorded."], cancellationToken);

    [HttpPost("lapses")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Lapse(string id, DecisionPanelInput input, CancellationToken cancellationToken) =>
        PanelFormAsync(id, input, (c, i, ct) => panels.RecordLapseAsync(c, i, AuditTrailService.UserNameOf(HttpContext), ct), T["The lapse was recorded."], cancellationToken);

    private async Task<IActionResult> PanelFormAsync(
        string id,
        DecisionPanelInput input,
        Func<GrantDecisionCase, DecisionPanelInput, CancellationToken, Task<IReadOnlyList<KeyValuePair<string, string>>>> save,
        string saved,
        CancellationToken cancellationToken)
    {
        if (await decisions.LoadAsync(id, cancellationToken) is not { } decisionCase)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (Add(await save(decisionCase, input, cancellationToken)))
        {
            // The forms alone, with the problems and what was typed; the application's page has the rest.
            var reloaded = await decisions.LoadAsync(id, cancellationToken) ?? decisionCase;
            return View(FormsView, await panels.BuildAsync(reloaded, input, cancellationToken));
        }

        TempData["Message"] = saved;
        return Redirect(AppUrl(id) + "#decision");
    }

    private bool Add(IReadOnlyList<KeyValuePair<string, string>> errors)
    {
        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(key, message);
        }

        return errors.Count > 0;
    }

    private async Task<DecisionViewModel> ModelAsync(GrantDecisionCase decisionCase, GrantDecisionInput input, CancellationToken cancellationToken)
    {
        var remaining = decisionCase.Meeting is { } meeting
            ? await ledger.RemainingForAsync(decisionCase.PoolYear, decisionCase.Item.ContentItemId, meeting.Id, cancellationToken)
            : (decimal?)null;
        return new(decisionCase, input, [.. GrantCriteria.Keys.Select(k => (k, criteria.Label(k)))], decisions, remaining);
    }

    private static decimal? ParsedAmount(GrantDecisionInput input) =>
        Services.GrantAmounts.TryParse(input.Amount, out var amount) ? amount : null;

    private static string AppUrl(string id) => $"/admin/applications/{Uri.EscapeDataString(id)}";
}
