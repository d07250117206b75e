using MimeKit;

namespace Cms.Email.Services;

/// <summary>Hands a finished message to the outside world: an SMTP server, or the pickup folder.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
