using System.Text.RegularExpressions;

namespace Cms.Forms.Services;

/// <summary>
/// A public form never asks for a CPR number (data minimisation, DESIGN.md): an element named or labelled like one
/// is left off the form, whatever the content type says, and the site logs why.
/// </summary>
public static partial class CprRule
{
    public static bool LooksLikeCpr(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"cpr|personnummer|person\s*nummer|personnr|social\s*security", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
