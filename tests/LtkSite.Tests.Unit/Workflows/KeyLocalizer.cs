using Microsoft.Extensions.Localization;

namespace LtkSite.Tests.Unit.Workflows;

/// <summary>Returns each English key as it is, for activities built without the site.</summary>
public sealed class KeyLocalizer<T> : IStringLocalizer<T>
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
