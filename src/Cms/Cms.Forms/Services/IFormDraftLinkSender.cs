namespace Cms.Forms.Services;

/// <summary>
/// Mails the private link of a saved draft (the mail module provides it, through its outbox). Without one, forms offer no
/// "save and continue later", as the citizen would have no way back to the draft.
/// </summary>
public interface IFormDraftLinkSender
{
    /// <summary>Writes the mail into the current unit of work; it is stored with the draft, and sent once.</summary>
    Task SendAsync(FormDraftLink link, CancellationToken cancellationToken);
}
