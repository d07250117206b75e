using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Cms.Email.Services;

/// <summary>
/// With no SMTP server configured, each mail is written as an <c>.eml</c> file (named by its Message-ID, so a second delivery
/// of the same mail overwrites it) to the pickup folder: the site runs, and its mails can be read, without a mail server.
/// The Bcc header is left out of the file, as an SMTP server leaves it out of what it delivers: whoever opens the file must
/// not see the blind copies.
/// </summary>
public sealed class PickupFolderMailTransport(IOptions<EmailOptions> options, IHostEnvironment environment) : IMailTransport
{
    private static readonly FormatOptions s_withoutBcc = WithoutBcc();

    public string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupFolder));

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = string.Concat((message.MessageId ?? "mail").Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_')) + ".eml";
        var path = Path.Combine(Folder, name);
        var temporary = path + ".tmp";
        // Written whole, then renamed: a pickup service never reads half a mail.
        await message.WriteToAsync(s_withoutBcc, temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    private static FormatOptions WithoutBcc()
    {
        var format = FormatOptions.Default.Clone();
        format.HiddenHeaders.Add(HeaderId.Bcc);
        return format;
    }
}
