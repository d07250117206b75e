using Cms.Contents.Fields;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Parts;

namespace Cms.Contents.Services;

/// <summary>One line of an item's display: a part or field, its label and how its value looks.</summary>
public sealed record ContentDisplayRow(string Key, string Label, ContentDisplay Value, bool IsField);

/// <summary>The editor of one item: its parts in position order, each with its fields in position order.</summary>
public sealed record ContentEditorModel(ContentItem Item, ContentTypeDefinition Type, ContentEditorForm Form, IReadOnlyList<PartEditor> Parts, bool IsNew)
{
    /// <summary>Form names in the order the inputs appear, so the error summary follows the form.</summary>
    public IReadOnlyList<string> FieldOrder { get; init; } = [];
}

/// <summary>
/// Builds content editors from a type's definition and applies posted editors to items, using the
/// registered part and field drivers (Orchard's content display manager, in small).
/// </summary>
public sealed class ContentEditorService(
    ContentDefinitionManager definitions,
    IEnumerable<IContentPartDriver> partDrivers,
    IEnumerable<IContentFieldDriver> fieldDrivers)
{
    private readonly Dictionary<string, IContentPartDriver> _parts = partDrivers.ToDictionary(d => d.PartName, StringComparer.Ordinal);
    private readonly Dictionary<string, IContentFieldDriver> _fields = fieldDrivers.ToDictionary(d => d.FieldType, StringComparer.Ordinal);

    /// <summary>The editor of an item; with <paramref name="posted"/> it shows what the user sent (and its errors) instead of what is stored.</summary>
    public async Task<ContentEditorModel> BuildEditorAsync(ContentItem item, ContentTypeDefinition type, ContentEditorForm? posted, bool isNew, CancellationToken cancellationToken = default)
    {
        var form = posted ?? new ContentEditorForm();
        var parts = new List<PartEditor>();
        var order = new List<string>();
        foreach (var (part, partDefinition) in await PartsOfAsync(type, cancellationToken))
        {
            var driver = _parts.GetValueOrDefault(part.TypePart.PartName);
            if (posted is null)
            {
                driver?.WriteInputs(item, part, form);
            }

            var fields = new List<FieldEditorEntry>();
            foreach (var field in FieldsOf(part, partDefinition))
            {
                if (!_fields.TryGetValue(field.Definition.FieldName, out var fieldDriver))
                {
                    continue;
                }

                if (posted is null)
                {
                    fieldDriver.WriteInputs(item.TryGetPart(part.Prefix)?[field.Definition.Name] as System.Text.Json.Nodes.JsonObject, field, form, isNew);
                }

                var data = await fieldDriver.EditorDataAsync(field, form, cancellationToken);
                fields.Add(new FieldEditorEntry(fieldDriver.EditorView, new FieldEditor(field, form, data)));
            }

            var partData = driver is null ? null : await driver.EditorDataAsync(item, part, form, isNew, cancellationToken);
            parts.Add(new PartEditor(part, driver, form, partData, fields, item, isNew));
        }

        foreach (var part in parts)
        {
            order.AddRange(form.Errors.Keys.Where(k => k.StartsWith(part.Part.Prefix + ".", StringComparison.Ordinal) && !order.Contains(k)));
        }

        return new ContentEditorModel(item, type, form, parts, isNew) { FieldOrder = order };
    }

    /// <summary>Reads the posted editor into the item's JSON; problems are in the form's errors (nothing is saved here).</summary>
    public async Task ApplyAsync(ContentItem item, ContentTypeDefinition type, ContentEditorForm form, CancellationToken cancellationToken = default)
    {
        foreach (var (part, partDefinition) in await PartsOfAsync(type, cancellationToken))
        {
            if (_parts.TryGetValue(part.TypePart.PartName, out var driver))
            {
                await driver.UpdateAsync(item, part, form, cancellationToken);
            }

            foreach (var field in FieldsOf(part, partDefinition))
            {
                if (_fields.TryGetValue(field.Definition.FieldName, out var fieldDriver))
                {
                    item.Part(part.Prefix)[field.Definition.Name] = await fieldDriver.UpdateAsync(field, form, cancellationToken);
                }
            }
        }
    }

    /// <summary>The item's parts and fields as display values, in editor order (for pages and the version comparison).</summary>
    public async Task<IReadOnlyList<ContentDisplayRow>> DisplayAsync(ContentItem item, ContentTypeDefinition type, CancellationToken cancellationToken = default)
    {
        var rows = new List<ContentDisplayRow>();
        foreach (var (part, partDefinition) in await PartsOfAsync(type, cancellationToken, readOnly: true))
        {
            if (_parts.TryGetValue(part.TypePart.PartName, out var driver) && driver.Display(item, part) is { } display)
            {
                rows.Add(new ContentDisplayRow(part.Prefix, part.Label, display, IsField: false));
            }

            foreach (var field in FieldsOf(part, partDefinition))
            {
                if (_fields.TryGetValue(field.Definition.FieldName, out var fieldDriver))
                {
                    var value = item.TryGetPart(part.Prefix)?[field.Definition.Name] as System.Text.Json.Nodes.JsonObject;
                    rows.Add(new ContentDisplayRow(field.Prefix, field.Label, await fieldDriver.DisplayAsync(value, field, cancellationToken), IsField: true));
                }
            }
        }

        return rows;
    }

    private async Task<List<(PartContext Part, ContentPartDefinition? Definition)>> PartsOfAsync(ContentTypeDefinition type, CancellationToken cancellationToken, bool readOnly = false)
    {
        // Showing an item only reads the definition: the shared one spares a copy per page.
        var definition = readOnly ? await definitions.GetSharedAsync(cancellationToken) : await definitions.GetAsync(cancellationToken);
        return type.OrderedParts
            .Where(p => p.PartName != PartNames.Contained)
            .Select(p => (new PartContext(p, PartLabel(p, type)), definition.FindPart(p.PartName)))
            .ToList();
    }

    private static IEnumerable<FieldContext> FieldsOf(PartContext part, ContentPartDefinition? definition) =>
        definition?.OrderedFields.Select(f => new FieldContext($"{part.Prefix}.{f.Name}", f)) ?? [];

    private static string PartLabel(ContentTypePartDefinition part, ContentTypeDefinition type) =>
        part.PartSettings.DisplayName is { Length: > 0 } name ? name
        : part.PartName == type.Name ? type.DisplayName
        : part.PartName;
}
