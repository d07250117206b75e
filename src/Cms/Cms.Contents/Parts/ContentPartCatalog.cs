namespace Cms.Contents.Parts;

/// <summary>
/// The parts the site's modules registered (<c>services.AddContentPart&lt;TDriver&gt;()</c>), with their settings
/// editors: what the content-type editor offers and what a recipe's ContentDefinition step accepts as a known part.
/// </summary>
public sealed class ContentPartCatalog(IEnumerable<IContentPartDriver> drivers, IEnumerable<IContentPartSettingsEditor> settingsEditors)
{
    private readonly Dictionary<string, IContentPartDriver> _drivers = drivers.ToDictionary(d => d.PartName, StringComparer.Ordinal);
    private readonly Dictionary<string, IContentPartSettingsEditor> _settings = settingsEditors.ToDictionary(e => e.PartName, StringComparer.Ordinal);

    /// <summary>Parts an editor can attach to a type, in name order. ContainedPart is set by lists, never attached by hand.</summary>
    public IReadOnlyList<string> AttachableParts => [.. _drivers.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Whether a part of this name is registered (or is the list's ContainedPart).</summary>
    public bool IsKnown(string partName) => _drivers.ContainsKey(partName) || partName == PartNames.Contained;

    public IContentPartDriver? Driver(string partName) => _drivers.GetValueOrDefault(partName);

    public IContentPartSettingsEditor? SettingsEditor(string partName) => _settings.GetValueOrDefault(partName);
}
