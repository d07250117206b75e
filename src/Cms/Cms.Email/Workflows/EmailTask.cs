using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Cms.Email.Models;
using Cms.Email.Services;
using Cms.Workflows.Activities;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using Fluid;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cms.Email.Workflows;

/// <summary>
/// Orchard's <c>EmailTask</c>: writes a mail to the outbox in the workflow run's own transaction. Settings (Orchard's names):
/// <c>Recipients</c>, <c>Cc</c>, <c>Bcc</c> (addresses or role names), <c>ReplyTo</c>, <c>Subject</c>, and the body as
/// <c>Body</c> with <c>IsHtmlBody</c> (HTML unless false) or as <c>HtmlBody</c> and/or <c>TextBody</c>; every one a Liquid
/// template. The outbox key is (instance, activity, execution), so a run that is rolled back and run again, or a retried
/// instance, writes the same mail once. <c>Author</c> and <c>Sender</c> from an Orchard export become the Reply-To when
/// none is set: mails always go from the site's own address (<c>Email:From</c>). Decision 0031.
/// </summary>
public sealed partial class EmailTask(
    IStringLocalizer<EmailWorkflowStrings> T,
    IMailOutbox outbox,
    MailRecipientResolver recipients,
    MailTemplateScope scope,
    IOptions<EmailOptions> options,
    ILogger<EmailTask> logger) : Activity
{
    public const string Done = "Done";

    public const string Failed = "Failed";

    private static readonly HtmlEncoder s_html = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly string[] s_bodies = ["Body", "HtmlBody", "TextBody"];

    private static readonly string[] s_templates = ["Recipients", "Cc", "Bcc", "ReplyTo", "Author", "Sender", "Subject", "Body", "HtmlBody", "TextBody"];

    public override string Name => nameof(EmailTask);

    public override string DisplayName => "Send e-mail";

    public override string Description =>
        "Sends an e-mail through the outbox, saved with the change that started the workflow. Subject and body are Liquid with Site, ContentItem, Input, Properties and Workflow in scope; recipients are addresses or role names. A mail about a submission links to it (ContentItem.AdminUrl) and does not repeat the citizen's personal data.";

    public override string Category => "Messaging";

    public override Type StringsType => typeof(EmailWorkflowStrings);

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("Recipients", "Recipients", ActivitySettingKind.Liquid) { Required = true, Hint = "E-mail addresses or role names, separated by commas, e.g. Secretariat, {{ Input.Email }}." },
        new("Cc", "Copy (Cc)", ActivitySettingKind.Liquid) { Hint = "Addresses or role names, separated by commas." },
        new("Bcc", "Blind copy (Bcc)", ActivitySettingKind.Liquid) { Hint = "Addresses or role names, separated by commas." },
        new("ReplyTo", "Reply to", ActivitySettingKind.Liquid) { Hint = "One address; the mail is always sent from the site's own address." },
        new("Subject", "Subject", ActivitySettingKind.Liquid) { Required = true, Hint = "A Liquid template, e.g. New application: {{ ContentItem.DisplayText }}." },
        new("HtmlBody", "HTML body", ActivitySettingKind.Liquid) { Lines = 8, Hint = "A Liquid template; link to the item ({{ ContentItem.AdminUrl }}) rather than repeat the citizen's personal data." },
        new("TextBody", "Text body", ActivitySettingKind.Liquid) { Lines = 6, Hint = "For mail programs that show no HTML; empty: made from the HTML body." },
        new("Body", "Body (Orchard)", ActivitySettingKind.Liquid) { Lines = 4, Hint = "An Orchard export's single body, used only when there is neither an HTML body nor a text body." },
        new("IsHtmlBody", "The Orchard body is HTML", ActivitySettingKind.YesNo) { Default = "true" },
    ];

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) => [new(Done, T["Done"]), new(Failed, T["Failed"])];

    public override IEnumerable<ActivitySettingError> ValidateSettings(ActivityRecord activity)
    {
        if (string.IsNullOrWhiteSpace(ActivityContext.SettingOf(activity, "Recipients")))
        {
            yield return new("Recipients", T["Give the recipients (Recipients.Expression): addresses or role names, separated by commas."]);
        }

        if (string.IsNullOrWhiteSpace(ActivityContext.SettingOf(activity, "Subject")))
        {
            yield return new("Subject", T["Give the subject (Subject.Expression)."]);
        }

        if (s_bodies.All(name => string.IsNullOrWhiteSpace(ActivityContext.SettingOf(activity, name))))
        {
            yield return new("HtmlBody", T["Give the body (Body.Expression, or HtmlBody and TextBody)."]);
        }

        foreach (var name in s_templates)
        {
            if (ActivityContext.SettingOf(activity, name) is { } template && !WorkflowExpressions.TryParseTemplate(template, out var error))
            {
                yield return new(name, T["{0} is not valid Liquid: {1}", name, error ?? ""]);
            }
        }
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var mailScope = await scope.CreateAsync(context, cancellationToken);
        async Task<string> Render(string name, TextEncoder encoder)
        {
            try
            {
                return await context.Expressions.RenderAsync(context.Setting(name) ?? "", context, mailScope.Values, encoder, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The instance faults with this message: it names the setting and gives Liquid's own error.
                throw new InvalidOperationException($"The e-mail's {name} could not be rendered: {ex.Message}", ex);
            }
        }

        var subject = OneLine(await Render("Subject", NullEncoder.Default));
        var (html, text) = await BodyAsync(context, name => Render(name, s_html), name => Render(name, NullEncoder.Default));
        var to = await recipients.ResolveAsync(context.Setting("Recipients") ?? "", await Render("Recipients", NullEncoder.Default), cancellationToken);
        var cc = await recipients.ResolveAsync(context.Setting("Cc") ?? "", await Render("Cc", NullEncoder.Default), cancellationToken);
        var bcc = await recipients.ResolveAsync(context.Setting("Bcc") ?? "", await Render("Bcc", NullEncoder.Default), cancellationToken);
        var replyToText = (await Render("ReplyTo", NullEncoder.Default)).Trim();
        if (replyToText.Length == 0)
        {
            replyToText = (await Render("Author", NullEncoder.Default)).Trim() is { Length: > 0 } author ? author : (await Render("Sender", NullEncoder.Default)).Trim();
        }

        var problems = to.Problems.Concat(cc.Problems).Concat(bcc.Problems).ToList();
        var replyTo = replyToText.Length == 0 ? null : MailRecipientResolver.TryParse(replyToText);
        if (replyToText.Length > 0 && replyTo is null)
        {
            problems.Add($"Reply-To '{replyToText}' is not an e-mail address.");
        }

        if (to.Addresses.Count == 0 || (replyToText.Length > 0 && replyTo is null))
        {
            var reason = to.Addresses.Count == 0 ? "The mail has no valid recipient. " + string.Join(" ", problems) : string.Join(" ", problems);
            context.State["Error"] = reason;
            LogNotSent(logger, context.Instance.WorkflowId, context.Activity.ActivityId, reason);
            return ActivityResult.Outcomes(Failed);
        }

        // The execution number makes each pass through the activity (a loop, a second event) a mail of its own, while the
        // same pass run again (a lost race, a retry of the instance) gives the same key and so the mail already written.
        var execution = (context.State["Executions"] is JsonValue count && count.GetValueKind() == JsonValueKind.Number ? count.GetValue<int>() : 0) + 1;
        var key = WorkflowMailBudget.SourceOf(context.Instance.WorkflowId, context.Activity.ActivityId, execution);
        var mail = await outbox.WriteAsync(new OutgoingMail(key, to.Addresses, subject, text)
        {
            HtmlBody = html,
            Cc = cc.Addresses,
            Bcc = bcc.Addresses,
            ReplyTo = replyTo,
            Link = mailScope.Link,
            Source = key,
        }, cancellationToken);
        if (mail.Status == OutboxMailStatus.Stopped)
        {
            throw new InvalidOperationException(
                $"This workflow instance has used its budget of {options.Value.MaxPerWorkflowInstance} mails, so the mail \"{subject}\" was stopped "
                + $"(kept in the outbox, Message-ID <{mail.MessageId}>). A loop in the workflow type? Correct the type; if the mail is wanted, resend it from the outbox and retry the instance.");
        }

        context.State["Executions"] = execution;
        context.State.Remove("Error");
        if (problems.Count > 0)
        {
            context.State["Error"] = string.Join(" ", problems);
            LogSomeNotSent(logger, context.Instance.WorkflowId, context.Activity.ActivityId, string.Join(" ", problems));
        }

        return ActivityResult.Outcomes(Done);
    }

    /// <summary>The HTML part and the text part: the text part is derived from the HTML when only HTML is given.</summary>
    private static async Task<(string? Html, string Text)> BodyAsync(ActivityContext context, Func<string, Task<string>> renderHtml, Func<string, Task<string>> renderText)
    {
        string? html = null;
        string? text = null;
        if (!string.IsNullOrWhiteSpace(context.Setting("HtmlBody")))
        {
            html = await renderHtml("HtmlBody");
        }

        if (!string.IsNullOrWhiteSpace(context.Setting("TextBody")))
        {
            text = await renderText("TextBody");
        }

        if (html is null && text is null && !string.IsNullOrWhiteSpace(context.Setting("Body")))
        {
            // Orchard's IsHtmlBody: the body is HTML unless it says false.
            if (!string.Equals(context.Setting("IsHtmlBody"), "false", StringComparison.OrdinalIgnoreCase))
            {
                html = await renderHtml("Body");
            }
            else
            {
                text = await renderText("Body");
            }
        }

        return (html, text ?? HtmlToText.Convert(html ?? ""));
    }

    /// <summary>A subject is one header line: line breaks in what a template rendered become spaces.</summary>
    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        // The outbox keeps 500 characters of a subject.
        return line.Length <= 500 ? line : line[..499] + "…";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow {WorkflowId}: e-mail activity {ActivityId} sent nothing: {Reason}")]
    private static partial void LogNotSent(ILogger logger, string workflowId, string activityId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow {WorkflowId}: e-mail activity {ActivityId} left out recipients: {Reason}")]
    private static partial void LogSomeNotSent(ILogger logger, string workflowId, string activityId, string reason);
}
