using Cms.Email.Models;

namespace Cms.Email.Services;

/// <summary>
/// Writes mails into the caller's unit of work and queues their delivery on the work queue: the mail is stored and sent only
/// if the caller's change commits.
/// </summary>
public interface IMailOutbox
{
    /// <summary>Adds the mail (or returns the one already written for its key). The caller's save stores it.</summary>
    Task<OutboxMail> WriteAsync(OutgoingMail mail, CancellationToken cancellationToken = default);

    /// <summary>Queues a mail that failed, waits or was stopped for delivery now; false when there is no such mail or it was sent.</summary>
    Task<bool> ResendAsync(long mailId, CancellationToken cancellationToken = default);
}
