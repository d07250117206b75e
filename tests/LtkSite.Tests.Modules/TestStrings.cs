namespace LtkSite.Tests.Modules;

/// <summary>The module's localizer resource (no translations: the tests read the English text).</summary>
public sealed class TestStrings;
