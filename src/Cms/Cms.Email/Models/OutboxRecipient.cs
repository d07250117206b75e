namespace Cms.Email.Models;

/// <summary>One address a mail goes to (To, Cc or Bcc), lower-cased, so the per-recipient rate is one indexed count.</summary>
public sealed class OutboxRecipient
{
    public long Id { get; set; }

    public long MailId { get; set; }

    public string Address { get; set; } = "";
}
