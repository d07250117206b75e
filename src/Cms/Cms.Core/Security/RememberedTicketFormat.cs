using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;

namespace Cms.Core.Security;

/// <summary>
/// The sign-in cookie's format, remembering for a minute what a cookie value it has read decrypts to
/// (docs/decisions/0029-remembered-sign-in-tickets.md). Decrypting and reading the ticket was a seventh of a signed-in
/// page; the same cookie comes back with every request. Only values that decrypted are remembered (a forged one is
/// decrypted, and refused, every time); each caller gets its own copy; expiry, sliding renewal and the security stamp
/// check still run on every request, after this.
/// </summary>
public sealed class RememberedTicketFormat(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
{
    /// <summary>More sign-ins than the site has editors at once; beyond it everything is read afresh.</summary>
    public const int MaxTickets = 1000;

    /// <summary>How long a read value is trusted without decrypting it again (a revoked key is honoured after at most this).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (AuthenticationTicket Ticket, long Until)> _tickets = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText) || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        var now = Environment.TickCount64;
        if (_tickets.TryGetValue(protectedText, out var remembered) && remembered.Until > now)
        {
            return remembered.Ticket.Clone();
        }

        var ticket = inner.Unprotect(protectedText);
        if (ticket is not null)
        {
            if (_tickets.Count >= MaxTickets)
            {
                _tickets.Clear();
            }

            _tickets[protectedText] = (ticket.Clone(), now + (long)Lifetime.TotalMilliseconds);
        }

        return ticket;
    }
}
