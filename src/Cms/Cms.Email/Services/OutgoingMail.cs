namespace Cms.Email.Services;

/// <summary>
/// A mail a module asks the outbox to send. <see cref="Key"/> names the work that causes it (for a workflow: instance, activity
/// and execution); the same key always gives the same Message-ID, so writing it twice stores one mail.
/// </summary>
public sealed record OutgoingMail(string Key, IReadOnlyList<string> To, string Subject, string TextBody)
{
    public string? HtmlBody { get; init; }

    public IReadOnlyList<string> Cc { get; init; } = [];

    /// <summary>Recipients who get the mail without the others seeing them (not written in the headers that are sent).</summary>
    public IReadOnlyList<string> Bcc { get; init; } = [];

    public string? ReplyTo { get; init; }

    /// <summary>An address of what the mail is about, instead of the personal data itself.</summary>
    public string? Link { get; init; }

    /// <summary>What writes it, e.g. <c>workflow:{instance}/{activity}/{execution}</c>; budgets are counted by it.</summary>
    public string Source { get; init; } = "";
}
