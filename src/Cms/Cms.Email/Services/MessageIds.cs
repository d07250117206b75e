using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace Cms.Email.Services;

/// <summary>A stable Message-ID: a hash of the caller's key at the sender's domain, so one piece of work makes one mail.</summary>
public static class MessageIds
{
    public static string For(string key, string from)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..40];
        return $"{hash}@{DomainOf(from)}";
    }

    private static string DomainOf(string from) =>
        MailboxAddress.TryParse(from, out var address) && address.Domain is { Length: > 0 } domain ? domain : "localhost";
}
