namespace Cms.Email.Models;

/// <summary>Where a mail in the outbox stands.</summary>
public enum OutboxMailStatus
{
    /// <summary>Written; its delivery is queued.</summary>
    Queued,

    /// <summary>Handed to the SMTP server (or written to the pickup folder).</summary>
    Sent,

    /// <summary>The last attempt failed; it is tried again after a pause.</summary>
    Retrying,

    /// <summary>Held back by the per-recipient rate; it goes out when the hour has passed.</summary>
    Held,

    /// <summary>Not queued: its source had used up its budget of mails. Only a resend sends it.</summary>
    Stopped,

    /// <summary>Every attempt failed; it waits for someone to resend it.</summary>
    Failed,
}
