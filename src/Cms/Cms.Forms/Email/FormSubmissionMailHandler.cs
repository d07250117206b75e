using System.Globalization;
using System.Text;
using Cms.Contents.Fields;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Events;
using Cms.Core.Localization;
using Cms.Core.Settings;
using Cms.Email.Services;
using Cms.Email.Workflows;
using Cms.Forms.Controllers;
using Cms.Forms.Events;
using Cms.Forms.Localization;
using Cms.Forms.Models;
using Cms.Forms.Services;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Cms.Forms.Email;

/// <summary>
/// Writes the mails a form's settings ask for when a submission is stored: one to the address its
/// <see cref="FormSettings.NotifyEmailSetting"/> names (the answers, the sender as Reply-To, a link to the submission in
/// the admin), and with <see cref="FormSettings.SendAcknowledgement"/> one to the sender in their language (the reference,
/// no copy of what they wrote: the address may be mistyped). Each mail's key is the item's, so a repeated event writes none.
/// </summary>
public sealed partial class FormSubmissionMailHandler(
    FormCatalog forms,
    ContentManager contents,
    IMailOutbox outbox,
    LtkDbContext db,
    SiteSettingsService settings,
    MailLinks links,
    IStringLocalizer<FormStrings> T,
    ILogger<FormSubmissionMailHandler> logger) : IEventHandler<FormSubmitted>
{
    public static string NotifyKey(string contentItemId) => "form-notify:" + contentItemId;

    public static string AcknowledgementKey(string contentItemId) => "form-ack:" + contentItemId;

    public async Task HandleAsync(FormSubmitted @event, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync(cancellationToken);
        var staffEnglish = site.DefaultCulture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        if (await forms.DescribeAsync(@event.ContentType, staffEnglish, cancellationToken) is not { } staffForm
            || (staffForm.Settings.NotifyEmailSetting is not { Length: > 0 } && !staffForm.Settings.SendAcknowledgement)
            || await contents.GetAsync(@event.ContentItemId, VersionOptions.Latest, cancellationToken) is not { } item)
        {
            return;
        }

        var (senderName, senderEmail) = Sender(staffForm, item);
        var written = false;
        if (staffForm.Settings.NotifyEmailSetting is { Length: > 0 } setting)
        {
            var to = (await settings.GetSectionAsync<FormsSettings>(cancellationToken)).Address(setting);
            if (to is null)
            {
                LogNoAddress(logger, @event.Reference, setting);
            }
            else
            {
                await InCultureAsync(site.DefaultCulture, () => WriteNotificationAsync(@event, staffForm, item, to, senderName, senderEmail, cancellationToken));
                written = true;
            }
        }

        if (staffForm.Settings.SendAcknowledgement && senderEmail is not null)
        {
            var english = @event.Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
            var form = await forms.DescribeAsync(@event.ContentType, english, cancellationToken) ?? staffForm;
            await InCultureAsync(english ? "en" : DanishCulture.Culture.Name, () => WriteAcknowledgementAsync(@event, form, senderName, senderEmail, cancellationToken));
            written = true;
        }

        if (written)
        {
            // The submission is committed before the event: the mails are a change of their own.
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task WriteNotificationAsync(FormSubmitted @event, FormDescriptor form, ContentItem item, string to, string? senderName, string? senderEmail, CancellationToken cancellationToken)
    {
        var url = links.Absolute(FormSubmissionsAdminController.DetailUrl(@event.ContentItemId));
        var body = new StringBuilder();
        body.Append(T["{0} came in through the website with the reference {1}.", form.Type.DisplayName, @event.Reference].Value).Append("\n\n");
        foreach (var section in await FormSummary.OfAsync(form, item, cancellationToken))
        {
            foreach (var (label, answer) in section.Answers)
            {
                body.Append(label).Append(":\n").Append(answer.Length > 0 ? answer : T["Not filled in"].Value).Append("\n\n");
            }
        }

        if (senderEmail is not null)
        {
            body.Append(T["Reply to this mail to answer {0}.", senderName ?? senderEmail].Value).Append("\n\n");
        }

        body.Append(T["See it in the admin: {0}", url].Value);
        await outbox.WriteAsync(new OutgoingMail(NotifyKey(@event.ContentItemId), [to], T["{0}: {1}", @event.Reference, Subject(item, @event.Reference, form)].Value, body.ToString())
        {
            ReplyTo = senderEmail is null ? null : new MailboxAddress(senderName ?? "", senderEmail).ToString(),
            Link = url,
            Source = NotifyKey(@event.ContentItemId),
        }, cancellationToken);
    }

    private async Task WriteAcknowledgementAsync(FormSubmitted @event, FormDescriptor form, string? senderName, string senderEmail, CancellationToken cancellationToken)
    {
        var heading = form.ReceiptHeading ?? T["We have received your application"].Value;
        var parts = new List<string>
        {
            senderName is { Length: > 0 } ? T["Dear {0}", senderName].Value : T["Hello"].Value,
            heading + ". " + T["Your reference number is {0}.", @event.Reference].Value,
        };
        if (form.ReceiptLead is { Length: > 0 } lead)
        {
            parts.Add(lead);
        }

        if (form.NextSteps is { Length: > 0 } next)
        {
            parts.Add(next);
        }

        parts.Add(T["Please give the reference number if you write to us about it again."].Value);
        parts.Add(T["Kind regards"].Value + "\n" + (await settings.GetAsync(cancellationToken)).SiteName);
        await outbox.WriteAsync(new OutgoingMail(AcknowledgementKey(@event.ContentItemId), [senderEmail], T["{0} ({1})", heading, @event.Reference].Value, string.Join("\n\n", parts))
        {
            Source = AcknowledgementKey(@event.ContentItemId),
        }, cancellationToken);
    }

    /// <summary>The sender's name and address: the form's elements marked with the autocomplete tokens <c>name</c> and <c>email</c>.</summary>
    private static (string? Name, string? Email) Sender(FormDescriptor form, ContentItem item)
    {
        string? Answer(FormElement? element, string property) =>
            element?.Field is { } field ? item.TryGetPart(element.PartName)?[field.Name]?[property]?.GetValue<string>()?.Trim() is { Length: > 0 } value ? value : null : null;

        var emailElement = form.Elements.FirstOrDefault(e => string.Equals(e.Settings.Autocomplete, "email", StringComparison.OrdinalIgnoreCase))
            ?? form.Elements.FirstOrDefault(e => e.Field?.FieldName == FieldTypes.Email);
        var nameElement = form.Elements.FirstOrDefault(e => string.Equals(e.Settings.Autocomplete, "name", StringComparison.OrdinalIgnoreCase));
        var email = Answer(emailElement, "Email");
        return (Answer(nameElement, "Text"), email is not null && MailboxAddress.TryParse(email, out _) ? email : null);
    }

    private static string Subject(ContentItem item, string reference, FormDescriptor form)
    {
        var text = item.DisplayText?.Trim() ?? "";
        text = text.StartsWith(reference, StringComparison.Ordinal) ? text[reference.Length..].Trim() : text;
        return text.Length > 0 ? text : form.Type.DisplayName;
    }

    private static async Task InCultureAsync(string culture, Func<Task> write)
    {
        // Written where no request may set the language (a retried event): each mail in its reader's.
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Submission {Reference} is stored, but the site settings have no address in FormsSettings.{Setting} to send it to")]
    private static partial void LogNoAddress(ILogger logger, string reference, string setting);
}
