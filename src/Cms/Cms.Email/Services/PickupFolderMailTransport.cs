using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Cms.Email.Services;

/// <summary>
/// With no SMTP server configured, each mail is written as an <c>.eml</c> file (named by its Message-ID, so a second delivery
/// of the same mail overwrites it) to the pickup folder: the site runs, and its mails can be read, without a mail server.
/// </summary>
public sealed class PickupFolderMailTransport(IOptions<EmailOptions> options, IHostEnvironment environment) : IMailTransport
{
    public string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupFolder));

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = string.Concat((message.MessageId ?? "mail").Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_')) + ".eml";
        var path = Path.Combine(Folder, name);
        var temporary = path + ".tmp";
        // Written whole, then renamed: a pickup service never reads half a mail.
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
