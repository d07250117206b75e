namespace Cms.Email.Models;

/// <summary>
/// One mail in the outbox, stored with the change that caused it. <see cref="MessageId"/> is derived from the caller's key
/// and unique, so the same work never writes two mails.
/// </summary>
public sealed class OutboxMail
{
    public long Id { get; set; }

    /// <summary>The Message-ID header, without angle brackets.</summary>
    public string MessageId { get; set; } = "";

    public string From { get; set; } = "";

    /// <summary>Recipients, separated by commas, as they go in the To header.</summary>
    public string To { get; set; } = "";

    public string? Cc { get; set; }

    /// <summary>Blind copies, separated by commas: in the SMTP envelope, never in the headers a recipient sees.</summary>
    public string? Bcc { get; set; }

    public string? ReplyTo { get; set; }

    public string Subject { get; set; } = "";

    public string TextBody { get; set; } = "";

    public string? HtmlBody { get; set; }

    /// <summary>An address in the admin of what the mail is about (a submission, a task).</summary>
    public string? Link { get; set; }

    /// <summary>What wrote it, e.g. <c>workflow:{instance}/{activity}/{execution}</c>.</summary>
    public string Source { get; set; } = "";

    public OutboxMailStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the next attempt is due (retrying or held).</summary>
    public DateTime? NextAttemptUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    public List<OutboxRecipient> Recipients { get; set; } = [];
}
