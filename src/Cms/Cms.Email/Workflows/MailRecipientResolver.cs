using Cms.Core.Security;
using Microsoft.AspNetCore.Identity;
using MimeKit;

namespace Cms.Email.Workflows;

/// <summary>
/// Turns a rendered recipients expression into addresses. Entries are separated by commas, semicolons or line breaks; an
/// entry with an @ is an address (<c>a@ltk.dk</c> or <c>Name &lt;a@ltk.dk&gt;</c>), any other is a role name and stands for
/// the e-mail addresses of that role's users who are not locked out, so a workflow mails "Secretariat" as its staff changes.
/// A role counts only when the setting names it itself: a value a template inserts (a name typed into a public form) is never
/// taken for a role, so a citizen cannot make the site mail its staff (decision 0031).
/// </summary>
public sealed class MailRecipientResolver(RoleManager<CmsRole> roles, UserManager<CmsUser> users, TimeProvider clock)
{
    private static readonly char[] s_separators = [',', ';', '\n', '\r'];

    /// <summary>
    /// The addresses <paramref name="rendered"/> names; a role only counts when <paramref name="template"/>, the setting as
    /// written, names it itself.
    /// </summary>
    public async Task<ResolvedRecipients> ResolveAsync(string template, string rendered, CancellationToken cancellationToken)
    {
        var addresses = new List<string>();
        var problems = new List<string>();
        var namedRoles = Entries(template).Where(e => !e.Contains('{', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in Entries(rendered))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Contains('@', StringComparison.Ordinal))
            {
                if (TryParse(entry) is { } address)
                {
                    addresses.Add(address);
                }
                else
                {
                    problems.Add($"'{entry}' is not an e-mail address.");
                }

                continue;
            }

            if (!namedRoles.Contains(entry))
            {
                problems.Add($"'{entry}' is not an e-mail address, and a role counts only when the setting names it itself.");
                continue;
            }

            if (await roles.FindByNameAsync(entry) is null)
            {
                problems.Add($"'{entry}' is neither an e-mail address nor a role.");
                continue;
            }

            var members = await RoleAddressesAsync(entry, cancellationToken);
            if (members.Count == 0)
            {
                problems.Add($"No user in the role '{entry}' has an e-mail address.");
            }

            addresses.AddRange(members);
        }

        return new ResolvedRecipients(addresses.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), problems);
    }

    private static string[] Entries(string text) => text.Split(s_separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>One address from an entry such as <c>Name &lt;a@ltk.dk&gt;</c>; null when it is not exactly one address.</summary>
    public static string? TryParse(string entry) =>
        MailboxAddress.TryParse(entry, out var mailbox) && mailbox.Address.Contains('@', StringComparison.Ordinal) && !mailbox.Address.StartsWith('@') && !mailbox.Address.EndsWith('@')
            ? mailbox.Address
            : null;

    /// <summary>The addresses of a role's members who have one and are not locked out, in user-name order.</summary>
    public async Task<List<string>> RoleAddressesAsync(string role, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var members = await users.GetUsersInRoleAsync(role);
        cancellationToken.ThrowIfCancellationRequested();
        return members
            .Where(u => !string.IsNullOrWhiteSpace(u.Email) && !(u.LockoutEnabled && u.LockoutEnd > now))
            .OrderBy(u => u.UserName, StringComparer.Ordinal)
            .Select(u => TryParse(u.Email!))
            .OfType<string>()
            .ToList();
    }
}
