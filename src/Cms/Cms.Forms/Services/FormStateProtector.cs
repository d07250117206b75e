using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Cms.Forms.Services;

/// <summary>
/// Seals the <see cref="FormState"/> into the form's hidden field (encrypted and signed with the site's data protection
/// keys, valid for a day by the server's clock), so the answers survive every round trip without a server row, and nobody can read or
/// alter them in the page (docs/decisions/0040). What comes back is still validated like any input.
/// </summary>
public sealed class FormStateProtector(IDataProtectionProvider provider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("Cms.Forms.State.v1").ToTimeLimitedDataProtector();

    public string Protect(FormState state) =>
        _protector.Protect(JsonSerializer.Serialize(state), Lifetime);

    /// <summary>The state, or null when the field is missing, altered, expired or for another form.</summary>
    public FormState? Unprotect(string? sealedState, string contentType)
    {
        if (string.IsNullOrEmpty(sealedState))
        {
            return null;
        }

        try
        {
            var state = JsonSerializer.Deserialize<FormState>(_protector.Unprotect(sealedState, out _));
            return state is not null && string.Equals(state.ContentType, contentType, StringComparison.Ordinal) ? state : null;
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}
