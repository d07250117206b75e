using System.Security.Cryptography;
using System.Text;

namespace Cms.Forms.Services;

/// <summary>The private links' tokens (32 random bytes, base64url) and the only thing stored of them, their SHA-256.</summary>
public static class FormTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A token's length as <see cref="New"/> makes it, with room; anything else is not looked up.</summary>
    public static bool IsPlausible(string token) => token.Length is >= 20 and <= 100;
}
