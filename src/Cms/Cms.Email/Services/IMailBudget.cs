namespace Cms.Email.Services;

/// <summary>At most <paramref name="Limit"/> mails from the sources that begin with <paramref name="SourcePrefix"/>.</summary>
public sealed record MailBudget(string SourcePrefix, int Limit);

/// <summary>
/// A module's limit on how many mails one source may write (the workflow engine: at most 20 per instance), so a runaway loop
/// stops. Register with <c>services.AddScoped&lt;IMailBudget, T&gt;()</c>; a mail over a budget is kept, stopped, for someone to
/// look at and resend.
/// </summary>
public interface IMailBudget
{
    /// <summary>The budget the mail's source counts against, or null when this module sets none for it.</summary>
    MailBudget? For(string source);
}
