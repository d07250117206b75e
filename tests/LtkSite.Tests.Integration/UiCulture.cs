using System.Globalization;

namespace LtkSite.Tests.Integration;

/// <summary>
/// Runs what follows in one UI culture, and puts the previous one back when disposed: engine calls made outside a request
/// word their messages in the current UI culture, so a test asserting English text says so instead of relying on the machine.
/// </summary>
public sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

    private UiCulture(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    public static UiCulture English() => new("en");

    public static UiCulture Danish() => new("da-DK");

    public void Dispose() => CultureInfo.CurrentUICulture = _before;
}
