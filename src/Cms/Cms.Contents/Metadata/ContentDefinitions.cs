using System.Text.Json.Nodes;

namespace Cms.Contents.Metadata;

/// <summary>
/// A content type: a name, a display name, settings, and the parts it is made of (Orchard's
/// ContentTypeDefinition). Settings are kept as JSON grouped by settings class, as Orchard exports
/// them (<c>ContentTypeSettings</c>, …), so unknown groups survive an import/export round trip.
/// </summary>
public sealed class ContentTypeDefinition
{
    public required string Name { get; set; }

    public string DisplayName { get; set; } = "";

    public JsonObject Settings { get; set; } = [];

    public List<ContentTypePartDefinition> Parts { get; set; } = [];

    public ContentTypeSettings TypeSettings => Settings.GetSettings<ContentTypeSettings>();

    /// <summary>Parts in editor order (position, then the order they were added).</summary>
    public IEnumerable<ContentTypePartDefinition> OrderedParts =>
        Parts.Select((p, i) => (p, i)).OrderBy(x => x.p.PartSettings.Position).ThenBy(x => x.i).Select(x => x.p);

    public ContentTypePartDefinition? FindPart(string partName) =>
        Parts.FirstOrDefault(p => string.Equals(p.PartName, partName, StringComparison.Ordinal));

    public bool HasPart(string partName) => FindPart(partName) is not null;
}

/// <summary>A part as used in a type: <see cref="Name"/> is the property in the item's JSON, <see cref="PartName"/> the part definition.</summary>
public sealed class ContentTypePartDefinition
{
    public required string Name { get; set; }

    public required string PartName { get; set; }

    public JsonObject Settings { get; set; } = [];

    public ContentTypePartSettings PartSettings => Settings.GetSettings<ContentTypePartSettings>();
}

/// <summary>A part definition and its fields (Orchard's ContentPartDefinition). The type's own part carries the type's name.</summary>
public sealed class ContentPartDefinition
{
    public required string Name { get; set; }

    public JsonObject Settings { get; set; } = [];

    public List<ContentPartFieldDefinition> Fields { get; set; } = [];

    public IEnumerable<ContentPartFieldDefinition> OrderedFields =>
        Fields.Select((f, i) => (f, i)).OrderBy(x => x.f.FieldSettings.Position).ThenBy(x => x.i).Select(x => x.f);

    public ContentPartFieldDefinition? FindField(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}

/// <summary>A field of a part: <see cref="Name"/> is its property in the part's JSON, <see cref="FieldName"/> its field type (e.g. <c>TextField</c>).</summary>
public sealed class ContentPartFieldDefinition
{
    public required string Name { get; set; }

    public required string FieldName { get; set; }

    public JsonObject Settings { get; set; } = [];

    public ContentPartFieldSettings FieldSettings => Settings.GetSettings<ContentPartFieldSettings>();

    public string DisplayName => string.IsNullOrWhiteSpace(FieldSettings.DisplayName) ? Name : FieldSettings.DisplayName!;
}

/// <summary>The whole content definition of the site: every type and every part.</summary>
public sealed class ContentDefinition
{
    public List<ContentTypeDefinition> Types { get; set; } = [];

    public List<ContentPartDefinition> Parts { get; set; } = [];

    public ContentTypeDefinition? FindType(string name) =>
        Types.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    public ContentPartDefinition? FindPart(string name) =>
        Parts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
