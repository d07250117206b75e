using System.Security.Cryptography;

namespace Cms.Contents.Services;

/// <summary>
/// Ids in Orchard's style: 26 characters, lower-case letters and digits, random (not guessable, unlike row ids).
/// </summary>
public static class ContentIds
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 26);

    public static bool IsValid(string? id) => id is { Length: > 0 and <= 26 } && id.All(char.IsAsciiLetterOrDigit);
}
