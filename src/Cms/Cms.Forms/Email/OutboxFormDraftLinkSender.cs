using Cms.Core.Localization;
using Cms.Email.Services;
using Cms.Email.Workflows;
using Cms.Forms.Localization;
using Cms.Forms.Services;
using Microsoft.Extensions.Localization;

namespace Cms.Forms.Email;

/// <summary>
/// The link mail of a saved draft, through the outbox, in the language of the page it was saved from: the form's title, the
/// private link and its expiry date, and no copy of the answers.
/// </summary>
public sealed class OutboxFormDraftLinkSender(IMailOutbox outbox, MailLinks links, SiteTimeZone siteTime, IStringLocalizer<FormStrings> T) : IFormDraftLinkSender
{
    public async Task SendAsync(FormDraftLink link, CancellationToken cancellationToken)
    {
        var url = links.Absolute(link.Path);
        var expires = FormDraftTimes.Date(siteTime, link.ExpiresUtc);
        var text = string.Join("\n\n",
            T["You saved your answers to the form “{0}” to continue later.", link.FormTitle],
            T["Continue where you left off: {0}", url],
            T["The link works until {0}, 30 days after you last saved. It is private: anyone who has it can see and change your answers, so do not pass it on.", expires],
            T["If you did not save a form on our site, you can ignore this mail: the answers are deleted when the link expires."]);
        await outbox.WriteAsync(new OutgoingMail(link.Key, [link.To], T["Your link to continue: {0}", link.FormTitle], text) { Source = "form-draft" }, cancellationToken);
    }
}
