namespace Cms.Contents.Models;

/// <summary>
/// A public path of a published item. Each item has one current path per culture; paths it had before
/// stay as redirects to the current one until another item takes them.
/// </summary>
public sealed class AutorouteEntry
{
    public long Id { get; set; }

    /// <summary>Lower-case path without leading slash, e.g. <c>integrationsraadet/medlemmer</c>.</summary>
    public string Path { get; set; } = "";

    /// <summary>The item's culture, or "" when the item is not localized.</summary>
    public string Culture { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    /// <summary>False for an old path that now redirects.</summary>
    public bool IsCurrent { get; set; }

    public DateTime CreatedUtc { get; set; }
}
