using System.Globalization;
using Cms.Contents.Fields;
using Cms.Contents.Services;
using Cms.Core.Localization;
using Cms.Forms.Editors;
using Cms.Forms.Localization;
using Cms.Forms.Receipts;
using Cms.Forms.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Cms.Forms.Controllers;

/// <summary>
/// A public form, reached through <see cref="FormRouteTransformer"/>. Every step is a server round trip (no
/// JavaScript needed): the answers so far travel in a protected hidden field, each step is validated when the
/// citizen goes on, and every step again when the form is sent. A filled honeypot is refused without a word of why.
/// </summary>
public sealed class FormController(
    FormCatalog forms,
    FormProcessor processor,
    FormStateProtector protector,
    FormSubmissionService submissions,
    FormDraftService drafts,
    ContentManager contents,
    PublishedContentStore published,
    ContentRoutes routes,
    SiteTimeZone siteTime,
    IEnumerable<IFormReceiptContributor> receiptContributors,
    IStringLocalizer<FormStrings> T) : Controller
{
    /// <summary>The spam trap's input: people never see it, simple bots fill it in.</summary>
    public const string Honeypot = "Hjemmeside";

    public const string StateInput = "FormState";

    public const string ActionInput = "FormAction";

    /// <summary>
    /// An action that stays on the step after its inputs are taken (an editor's "add a line" or "remove"): the
    /// editor reads the rest of the value in <see cref="IFormElementEditor.CollectAsync"/>, nothing is validated.
    /// </summary>
    public const string RefreshAction = "refresh:";

    /// <summary>The address a saved draft's link is mailed to.</summary>
    public const string DraftEmailInput = "DraftEmail";

    /// <summary>"Save and continue later" on a step or the summary.</summary>
    public const string DraftAction = "draft";

    /// <summary>Ask for an address to mail a (new) link to.</summary>
    public const string DraftEmailAction = "draft-email";

    public const string DraftSaveAction = "draft-save";

    public const string DraftReturnAction = "draft-return";

    [HttpGet]
    [HttpHead]
    public async Task<IActionResult> Show(string contentType, bool english, CancellationToken cancellationToken)
    {
        if (await forms.DescribeAsync(contentType, english, cancellationToken) is not { } form)
        {
            return NotFound();
        }

        var state = new FormState { ContentType = contentType };
        return await PageAsync(form, state, [], null, cancellationToken);
    }

    [HttpPost]
    [EnableRateLimiting(FormRateLimits.Posts)]
    public async Task<IActionResult> Post(string contentType, bool english, CancellationToken cancellationToken)
    {
        if (await forms.DescribeAsync(contentType, english, cancellationToken) is not { } form || !Request.HasFormContentType)
        {
            return NotFound();
        }

        var posted = await Request.ReadFormAsync(cancellationToken);
        if (posted[Honeypot].ToString().Length > 0)
        {
            return BadRequest();
        }

        var state = protector.Unprotect(posted[StateInput], contentType) ?? new FormState { ContentType = contentType };
        state.Step = Math.Clamp(state.Step, 0, form.Steps.Count);
        var action = posted[ActionInput].ToString();
        if (action is DraftAction or DraftEmailAction or DraftSaveAction or DraftReturnAction && drafts.CanSave(form))
        {
            return await DraftAsync(form, state, action, posted, cancellationToken);
        }

        if (state.Step < form.Steps.Count)
        {
            var step = form.Steps[state.Step];
            var uploadErrors = await processor.CollectAsync(form, step, state.Answers, Request, cancellationToken);
            if (action == "back")
            {
                state.Step = Math.Max(0, state.Step - 1);
                return await PageAsync(form, state, [], null, cancellationToken);
            }

            if (action.StartsWith(RefreshAction, StringComparison.Ordinal))
            {
                return await PageAsync(form, state, [], null, cancellationToken);
            }

            var checkedStep = await processor.ValidateAsync(form, [step], state.Answers, uploadErrors, cancellationToken);
            if (!checkedStep.IsValid)
            {
                return await PageAsync(form, state, checkedStep.Errors, null, cancellationToken);
            }

            state.Step++;
            return await PageAsync(form, state, [], null, cancellationToken);
        }

        if (action.StartsWith("goto:", StringComparison.Ordinal) && int.TryParse(action[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var target))
        {
            state.Step = Math.Clamp(target, 0, form.Steps.Count);
            return await PageAsync(form, state, [], null, cancellationToken);
        }

        if (action == "back")
        {
            state.Step = form.Steps.Count - 1;
            return await PageAsync(form, state, [], null, cancellationToken);
        }

        // Sent: every step again, whatever the pages before let through.
        var all = await processor.ValidateAsync(form, form.Steps, state.Answers, null, cancellationToken);
        if (!all.IsValid)
        {
            var first = all.Errors[0].Key;
            state.Step = form.Steps.Select((s, i) => (s, i)).First(x => x.s.Elements.Any(e => first.StartsWith(e.Prefix + ".", StringComparison.Ordinal))).i;
            var stepErrors = all.Errors.Where(e => form.Steps[state.Step].Elements.Any(el => e.Key.StartsWith(el.Prefix + ".", StringComparison.Ordinal))).ToList();
            return await PageAsync(form, state, stepErrors, null, cancellationToken);
        }

        var receipt = await submissions.SubmitAsync(form, all.Item, CultureInfo.CurrentUICulture.Name, state.DraftId, cancellationToken);
        return new RedirectResult(form.ReceiptUrl(receipt.Token), permanent: false, preserveMethod: false);
    }

    [HttpGet]
    [HttpHead]
    public async Task<IActionResult> Receipt(string contentType, bool english, string token, CancellationToken cancellationToken)
    {
        if (await forms.DescribeAsync(contentType, english, cancellationToken) is not { } form
            || await submissions.FindByTokenAsync(token, cancellationToken) is not { } submission
            || submission.ContentType != contentType
            || await contents.GetAsync(submission.ContentItemId, VersionOptions.Latest, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        // A private page: not stored by browsers or proxies, not indexed, and so always the submission as it is now.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";

        // The receipt speaks the language the citizen wrote in, as the mails about it do: the other language's address
        // (a language switch, a shared link) leads to the same receipt in the submission's language (docs/decisions/0045).
        var submittedInEnglish = submission.Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        if (submittedInEnglish != english
            && await forms.DescribeAsync(contentType, submittedInEnglish, cancellationToken) is { } own
            && (submittedInEnglish ? form.Settings.PathEn : form.Settings.Path) is { Length: > 0 })
        {
            return Redirect(own.ReceiptUrl(token));
        }

        var context = new FormReceiptContext(form, item, submission.Reference, submission.Culture, submission.SubmittedUtc);
        var panels = new List<FormReceiptPanel>();
        foreach (var contributor in receiptContributors.Where(c => c.AppliesTo(form.Type)).OrderBy(c => c.Order))
        {
            panels.AddRange(await contributor.ContributeAsync(context, cancellationToken));
        }

        var sections = await FormSummary.OfAsync(form, item, cancellationToken);
        return View("~/Views/Form/Receipt.cshtml", new FormReceiptViewModel(form, submission.Reference, siteTime.FormatDateTime(submission.SubmittedUtc), sections) { Panels = panels });
    }

    /// <summary>A saved draft's private link: the form on the saved step with every answer, or a clear 404 page.</summary>
    [HttpGet]
    [HttpHead]
    public async Task<IActionResult> Resume(string contentType, bool english, string token, CancellationToken cancellationToken)
    {
        if (await forms.DescribeAsync(contentType, english, cancellationToken) is not { } form)
        {
            return NotFound();
        }

        Response.Headers["X-Robots-Tag"] = "noindex";
        if (!drafts.CanSave(form) || await drafts.OpenAsync(token, contentType, cancellationToken) is not { } state)
        {
            Response.Headers.CacheControl = "no-store";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("~/Views/Form/DraftNotFound.cshtml", form);
        }

        state.Step = Math.Clamp(state.Step, 0, form.Steps.Count);
        return await PageAsync(form, state, [], null, cancellationToken);
    }

    /// <summary>
    /// Save and continue later: the step's inputs are kept (not validated: a draft may be unfinished), then a page asks for the
    /// address to mail the link to, or, for a draft saved before, it is saved again at once and nothing is mailed.
    /// </summary>
    private async Task<IActionResult> DraftAsync(FormDescriptor form, FormState state, string action, IFormCollection posted, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case DraftReturnAction:
                return await PageAsync(form, state, [], null, cancellationToken);
            case DraftAction:
                if (state.Step < form.Steps.Count)
                {
                    var uploadErrors = await processor.CollectAsync(form, form.Steps[state.Step], state.Answers, Request, cancellationToken);
                    if (uploadErrors.Count > 0)
                    {
                        return await PageAsync(form, state, uploadErrors.ToList(), null, cancellationToken);
                    }
                }

                return state.DraftId is null
                    ? DraftPage(form, state, SuggestedAddress(form, state), null)
                    : await SavedAsync(form, state, null, cancellationToken) ?? DraftPage(form, state, SuggestedAddress(form, state), null);
            case DraftEmailAction:
                return DraftPage(form, state, SuggestedAddress(form, state), null);
            default:
                var email = posted[DraftEmailInput].ToString().Trim();
                if (email.Length == 0 || !FormDraftService.IsAddress(email))
                {
                    return DraftPage(form, state, email, email.Length == 0 ? T["Enter your e-mail address, so we can send you the link."] : T["Your e-mail address must be an e-mail address, e.g. name@example.dk."]);
                }

                return await SavedAsync(form, state, email, cancellationToken) ?? DraftPage(form, state, email, null);
        }
    }

    /// <summary>Saves and shows the saved page; null when the draft named is gone and an address is needed for a new one.</summary>
    private async Task<IActionResult?> SavedAsync(FormDescriptor form, FormState state, string? email, CancellationToken cancellationToken)
    {
        if (email is null && !await drafts.ExistsAsync(state.DraftId!, cancellationToken))
        {
            state.DraftId = null;
            state.DraftSavedUtc = null;
            return null;
        }

        var saved = await drafts.SaveAsync(form, state, CultureInfo.CurrentUICulture.Name, email, cancellationToken);
        return View("~/Views/Form/DraftSaved.cshtml", new FormDraftPageViewModel
        {
            Form = form,
            SealedState = protector.Protect(state),
            SavedAt = FormDraftTimes.DateTime(siteTime, saved.SavedUtc, T),
            ExpiresOn = FormDraftTimes.Date(siteTime, saved.ExpiresUtc),
            SentTo = saved.MaskedAddress,
        });
    }

    private ViewResult DraftPage(FormDescriptor form, FormState state, string email, string? error) =>
        View("~/Views/Form/SaveDraft.cshtml", new FormDraftPageViewModel { Form = form, SealedState = protector.Protect(state), Email = email, EmailError = error });

    /// <summary>The address the citizen gave on the form, if any, so they need not type it twice.</summary>
    private static string SuggestedAddress(FormDescriptor form, FormState state) =>
        form.Elements.Where(e => e.Field?.FieldName == FieldTypes.Email).Select(e => state.Answers.Get(e.Name("Email"))).FirstOrDefault(FormDraftService.IsAddress) ?? "";

    private async Task<IActionResult> PageAsync(FormDescriptor form, FormState state, IReadOnlyList<KeyValuePair<string, string>> errors, IReadOnlyDictionary<string, string>? summaries, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> warnings = [];
        if (state.Step >= form.Steps.Count && summaries is null)
        {
            var all = await processor.ValidateAsync(form, form.Steps, state.Answers, null, cancellationToken);
            summaries = all.Summaries;
            warnings = all.Warnings;
        }

        // No Cache-Control here: the anti-forgery token makes the response no-store already.
        // A notice found by its alias, else the page the form names by address (its link text is then the notice's heading).
        var noticeUrl = (form.English ? form.Settings.PrivacyNoticeUrlEn : null) ?? form.Settings.PrivacyNoticeUrl;
        var notice = await PrivacyNoticeLink.FindAsync(form.Settings.PrivacyNoticeAlias, CultureInfo.CurrentUICulture.Name, published, routes, cancellationToken)
            ?? (noticeUrl is { Length: > 1 } && noticeUrl.StartsWith('/') && !noticeUrl.StartsWith("//", StringComparison.Ordinal) ? new PrivacyNoticeLink("", noticeUrl) : null);
        return View("~/Views/Form/Form.cshtml", new FormPageViewModel
        {
            Form = form,
            Page = state.Step,
            SealedState = protector.Protect(state),
            Answers = state.Answers,
            Errors = errors,
            Summaries = summaries ?? new Dictionary<string, string>(),
            PrivacyNotice = notice,
            Warnings = warnings,
            CanSaveDraft = drafts.CanSave(form),
            LastSaved = state.DraftSavedUtc is { } saved ? FormDraftTimes.DateTime(siteTime, saved, T) : null,
        });
    }
}
