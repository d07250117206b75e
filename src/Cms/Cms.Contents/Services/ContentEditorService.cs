using System.Runtime.CompilerServices;
using Cms.Contents.Drivers;
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
/// Builds content editors from a type's definition, applies posted editors to items and shows items, using the
/// registered part and field drivers (Orchard's content display manager, in small). Parts and fields are elements
/// alike: each step is one loop over the type's elements in editor order.
/// </summary>
public sealed class ContentEditorService(
    ContentDefinitionManager definitions,
    ContentDefinitionCache definitionCache,
    IEnumerable<IContentPartDriver> partDrivers,
    IEnumerable<IContentFieldDriver> fieldDrivers)
{
    // The elements of the shared definition's types, worked out once per snapshot (a change of the definitions makes
    // a new one), so a page does not work out labels and drivers again. Keyed by the type, so they go with it.
    private static readonly ConditionalWeakTable<ContentTypeDefinition, IReadOnlyList<ContentElement>> s_sharedElements = new();

    private readonly IReadOnlyList<IContentPartDriver> _parts = partDrivers as IReadOnlyList<IContentPartDriver> ?? [.. partDrivers];
    private readonly IReadOnlyList<IContentFieldDriver> _fields = fieldDrivers as IReadOnlyList<IContentFieldDriver> ?? [.. fieldDrivers];

    /// <summary>The editor of an item; with <paramref name="posted"/> it shows what the user sent (and its errors) instead of what is stored.</summary>
    public async Task<ContentEditorModel> BuildEditorAsync(ContentItem item, ContentTypeDefinition type, ContentEditorForm? posted, bool isNew, CancellationToken cancellationToken = default)
    {
        var form = posted ?? new ContentEditorForm();
        var parts = new List<PartEditor>();
        var fields = new List<FieldEditorEntry>();
        foreach (var element in await ElementsOfAsync(type, readOnly: false, cancellationToken))
        {
            var driver = DriverOf(element);
            var context = element.Context(item, form, isNew, isPosted: posted is not null);
            var data = driver is null ? null : await driver.EditAsync(context, cancellationToken);
            if (context is PartContext part)
            {
                fields = [];
                parts.Add(new PartEditor(part, (IContentPartDriver?)driver, form, data, fields, item, isNew));
            }
            else if (driver is not null)
            {
                fields.Add(new FieldEditorEntry(driver.EditorView, new FieldEditor((FieldContext)context, form, data)));
            }
        }

        var order = new List<string>();
        foreach (var part in parts)
        {
            order.AddRange(form.Errors.Keys.Where(k => k.StartsWith(part.Part.Prefix + ".", StringComparison.Ordinal) && !order.Contains(k)));
        }

        return new ContentEditorModel(item, type, form, parts, isNew) { FieldOrder = order };
    }

    /// <summary>Reads the posted editor into the item's JSON; problems are in the form's errors (nothing is saved here).</summary>
    public async Task ApplyAsync(ContentItem item, ContentTypeDefinition type, ContentEditorForm form, bool isNew, CancellationToken cancellationToken = default)
    {
        foreach (var element in await ElementsOfAsync(type, readOnly: false, cancellationToken))
        {
            if (DriverOf(element) is { } driver)
            {
                await driver.UpdateAsync(element.Context(item, form, isNew, isPosted: true), cancellationToken);
            }
        }
    }

    /// <summary>The item's parts and fields as display values, in editor order (for pages and the version comparison).</summary>
    public async Task<IReadOnlyList<ContentDisplayRow>> DisplayAsync(ContentItem item, ContentTypeDefinition type, CancellationToken cancellationToken = default)
    {
        var elements = await ElementsOfAsync(type, readOnly: true, cancellationToken);
        var rows = new List<ContentDisplayRow>(elements.Count);
        foreach (var element in elements)
        {
            if (DriverOf(element) is { } driver && await driver.DisplayAsync(element.Context(item, null, isNew: false, isPosted: false), cancellationToken) is { } display)
            {
                rows.Add(new ContentDisplayRow(element.Prefix, element.Label, display, element.IsField));
            }
        }

        return rows;
    }

    private IContentElementDriver? DriverOf(ContentElement element) =>
        element.DriverIndex < 0 ? null : element.IsField ? _fields[element.DriverIndex] : _parts[element.DriverIndex];

    private async Task<IReadOnlyList<ContentElement>> ElementsOfAsync(ContentTypeDefinition type, bool readOnly, CancellationToken cancellationToken)
    {
        if (readOnly && s_sharedElements.TryGetValue(type, out var known))
        {
            return known;
        }

        // Showing an item only reads the definition: the shared one spares a copy per page.
        var definition = readOnly ? await definitions.GetSharedAsync(cancellationToken) : await definitions.GetAsync(cancellationToken);
        var elements = ElementsOf(type, definition);
        // Only the shared snapshot never changes; a request's own copy may, so its elements are not kept.
        if (readOnly && ReferenceEquals(definition, definitionCache.Current) && ReferenceEquals(definition.FindType(type.Name), type))
        {
            s_sharedElements.AddOrUpdate(type, elements);
        }

        return elements;
    }

    private List<ContentElement> ElementsOf(ContentTypeDefinition type, ContentDefinition definition)
    {
        var elements = new List<ContentElement>();
        foreach (var typePart in type.OrderedParts.Where(p => p.PartName != PartNames.Contained))
        {
            elements.Add(new ContentElement(typePart, null, typePart.Name, PartLabel(typePart, type), IndexOf(_parts, d => d.PartName == typePart.PartName)));
            foreach (var field in definition.FindPart(typePart.PartName)?.OrderedFields ?? [])
            {
                elements.Add(new ContentElement(typePart, field, $"{typePart.Name}.{field.Name}", field.DisplayName, IndexOf(_fields, d => d.FieldType == field.FieldName)));
            }
        }

        return elements;
    }

    private static int IndexOf<T>(IReadOnlyList<T> drivers, Func<T, bool> handles)
    {
        for (var i = 0; i < drivers.Count; i++)
        {
            if (handles(drivers[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string PartLabel(ContentTypePartDefinition part, ContentTypeDefinition type) =>
        part.PartSettings.DisplayName is { Length: > 0 } name ? name
        : part.PartName == type.Name ? type.DisplayName
        : part.PartName;
}
