using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Cms.Contents.Fields;
using Cms.Contents.Fields.Settings;
using Cms.Contents.Localization;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Contents.Recipes;
using Cms.Core.Data;
using Cms.Core.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Metadata;

/// <summary>
/// Every change to content types, parts and fields, from the admin pages and from recipes: validates (errors keyed by
/// the admin form's input names, saying what to fix), stores through <see cref="ContentDefinitionManager"/> (which
/// records the audit entry and publishes <c>ContentDefinitionChanged</c>, so rendered pages are evicted once the save
/// commits) and saves. Nothing is stored when a change is refused.
/// </summary>
public sealed class ContentDefinitionService(
    ContentDefinitionManager definitions,
    LtkDbContext db,
    FieldTypeCatalog fieldTypes,
    ContentPartCatalog parts,
    IEnumerable<IContentTypeCheck> checks,
    IStringLocalizer<ContentTypeStrings> T)
{
    public const int MaxNameLength = 100;
    public const int MaxPosition = 10000;

    /// <summary>The definition as of this request, to read before a change.</summary>
    public Task<ContentDefinition> GetAsync(CancellationToken cancellationToken) => definitions.GetAsync(cancellationToken);

    /// <summary>The number of items (latest versions, not deleted) of each type.</summary>
    public async Task<Dictionary<string, int>> CountItemsAsync(CancellationToken cancellationToken) =>
        await db.Set<ContentItem>()
            .Where(i => i.Latest && i.DeletedUtc == null)
            .GroupBy(i => i.ContentType)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);

    /// <summary>Parts the type does not have yet that may be added to it: the modules' parts and the type's own part.</summary>
    public IReadOnlyList<string> AddableParts(ContentTypeDefinition type) =>
        parts.AttachableParts.Append(type.Name).Where(p => !type.HasPart(p)).ToList();

    public async Task<ContentTypeDefinition?> CreateTypeAsync(string name, string displayName, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        RequireDisplayName(displayName, errors);
        if (name.Length > 0 || displayName.Length > 0)
        {
            ValidateTechnicalName("Name", name, errors);
        }

        if (errors.IsValid && (definition.FindType(name) is not null || definition.FindPart(name) is not null || parts.IsKnown(name)))
        {
            errors.AddModelError("Name", T["The technical name {0} is already used. Choose another.", name]);
        }

        if (!errors.IsValid)
        {
            return null;
        }

        var type = new ContentTypeDefinition
        {
            Name = name,
            DisplayName = displayName,
            Parts = [NewTypePart(PartNames.Title, 0), NewTypePart(name, 1), NewTypePart(PartNames.Autoroute, 2)],
        };
        type.Settings.SetSettings(new ContentTypeSettings { Creatable = true, Listable = true, Draftable = true, Versionable = true });
        await definitions.StoreTypeAsync(type, cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return type;
    }

    public async Task<bool> UpdateTypeAsync(string typeName, ContentTypeChange change, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var type = definition.FindType(typeName) ?? throw new ArgumentException($"There is no content type {typeName}.", nameof(typeName));
        RequireDisplayName(change.DisplayName, errors);
        var partPositions = ParsePositions(change.Parts, errors);
        var fieldPositions = ParsePositions(change.Fields, errors);
        if (!errors.IsValid)
        {
            return false;
        }

        type.DisplayName = change.DisplayName;
        var settings = type.TypeSettings;
        settings.Creatable = change.Creatable;
        settings.Listable = change.Listable;
        settings.Draftable = change.Draftable;
        settings.Versionable = change.Versionable;
        settings.Securable = change.Securable;
        settings.Description = string.IsNullOrWhiteSpace(change.Description) ? null : change.Description.Trim();
        type.Settings.SetSettings(settings);
        foreach (var part in type.Parts.Where(p => partPositions.ContainsKey(p.Name)))
        {
            var partSettings = part.PartSettings;
            partSettings.Position = partPositions[part.Name];
            part.Settings.SetSettings(partSettings);
        }

        foreach (var check in checks)
        {
            foreach (var problem in await check.CheckAsync(type, cancellationToken))
            {
                errors.AddModelError("", problem);
            }
        }

        if (!errors.IsValid)
        {
            return false;
        }

        await definitions.StoreTypeAsync(type, cancellationToken: cancellationToken);
        if (definition.FindPart(type.Name) is { } ownPart)
        {
            var moved = ownPart.Fields.Where(f => fieldPositions.TryGetValue(f.Name, out var position) && position != f.FieldSettings.Position).ToList();
            foreach (var field in moved)
            {
                var fieldSettings = field.FieldSettings;
                fieldSettings.Position = fieldPositions[field.Name];
                field.Settings.SetSettings(fieldSettings);
            }

            if (moved.Count > 0)
            {
                await definitions.StorePartAsync(ownPart, "FieldsReordered", cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Removes the type's definition; its items stay in storage untouched.</summary>
    public async Task DeleteTypeAsync(string typeName, CancellationToken cancellationToken)
    {
        await definitions.DeleteTypeAsync(typeName, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> AddPartAsync(string typeName, string? partName, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var type = await RequireTypeAsync(typeName, cancellationToken);
        if (string.IsNullOrEmpty(partName) || !AddableParts(type).Contains(partName, StringComparer.Ordinal))
        {
            errors.AddModelError("PartName", T["Choose a part to add."]);
            return false;
        }

        AttachPart(type, partName);
        await definitions.StoreTypeAsync(type, "PartAdded", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Only the type loses the part: items keep their part data, and the own part keeps its fields for a later re-add.</summary>
    public async Task RemovePartAsync(string typeName, string partName, CancellationToken cancellationToken)
    {
        var type = await RequireTypeAsync(typeName, cancellationToken);
        type.Parts.RemoveAll(p => p.PartName == partName);
        await definitions.StoreTypeAsync(type, "PartRemoved", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The part's settings editor validates and writes the posted model; it is stored only when valid.</summary>
    public async Task<bool> UpdatePartSettingsAsync(string typeName, string partName, IContentPartSettingsEditor editor, object model, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var type = definition.FindType(typeName) ?? throw new ArgumentException($"There is no content type {typeName}.", nameof(typeName));
        var part = type.FindPart(partName) ?? throw new ArgumentException($"{typeName} has no part {partName}.", nameof(partName));
        if (!editor.Apply(model, part, definition, errors))
        {
            return false;
        }

        await definitions.StoreTypeAsync(type, "PartSettingsUpdated", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The first step of adding a field: a technical name unique in the type's own part, a display name and a known
    /// type. The field starts with its type's default settings, last in the part; the second step edits them.
    /// </summary>
    public async Task<ContentPartFieldDefinition?> AddFieldAsync(string typeName, string technicalName, string displayName, string fieldType, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var type = definition.FindType(typeName) ?? throw new ArgumentException($"There is no content type {typeName}.", nameof(typeName));
        var part = definition.FindPart(type.Name) ?? new ContentPartDefinition { Name = type.Name };
        RequireDisplayName(displayName, errors);
        if (technicalName.Length > 0 || displayName.Length > 0)
        {
            ValidateTechnicalName("TechnicalName", technicalName, errors);
        }

        if (errors.IsValid && part.FindField(technicalName) is not null)
        {
            errors.AddModelError("TechnicalName", T["The part already has a field named {0}. Choose another.", technicalName]);
        }

        if (!fieldTypes.IsKnown(fieldType))
        {
            errors.AddModelError("FieldType", T["Choose a field type."]);
        }

        if (!errors.IsValid)
        {
            return null;
        }

        var field = new ContentPartFieldDefinition { Name = technicalName, FieldName = fieldType };
        field.Settings.SetSettings(new ContentPartFieldSettings
        {
            DisplayName = displayName,
            Position = part.Fields.Count == 0 ? 0 : part.Fields.Max(f => f.FieldSettings.Position) + 1,
        });
        part.Fields.Add(field);
        await definitions.StorePartAsync(part, "FieldAdded", cancellationToken);
        if (!type.HasPart(type.Name))
        {
            AttachPart(type, type.Name);
            await definitions.StoreTypeAsync(type, "PartAdded", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return field;
    }

    /// <summary>
    /// Validates the common settings and, when the field type has one, its settings editor's model; stores both only
    /// when all is valid. Keys neither edits (e.g. default values from an import) are kept.
    /// </summary>
    public async Task<bool> UpdateFieldAsync(string typeName, string fieldName, FieldCommonSettings common, IContentFieldSettingsEditor? editor, object? model, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var part = definition.FindPart(typeName) ?? throw new ArgumentException($"There is no part {typeName}.", nameof(typeName));
        var field = part.FindField(fieldName) ?? throw new ArgumentException($"{typeName} has no field {fieldName}.", nameof(fieldName));
        RequireDisplayName(common.DisplayName, errors);
        var position = ParsePosition(new PositionInput("Position", common.DisplayName.Length > 0 ? common.DisplayName : T["the field"].Value, common.Position), errors);
        if (editor is not null && model is not null)
        {
            editor.Validate(model, definition, errors);
        }

        if (!errors.IsValid)
        {
            return false;
        }

        var settings = field.FieldSettings;
        settings.DisplayName = common.DisplayName;
        settings.Description = SettingsInput.Trimmed(common.Hint);
        settings.Position = position!.Value;
        field.Settings.SetSettings(settings);
        var group = FieldGroup(field);
        group["Hint"] = settings.Description;
        if (editor?.HasRequired ?? true)
        {
            group["Required"] = common.Required;
        }

        if (editor is not null && model is not null)
        {
            editor.Write(model, field);
        }

        await definitions.StorePartAsync(part, "FieldUpdated", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The common settings as stored, for the field's settings page.</summary>
    public static FieldCommonSettings ReadCommon(ContentPartFieldDefinition field)
    {
        var settings = field.FieldSettings;
        var group = field.Settings.GetSettings<CommonFieldGroup>(GroupName(field));
        return new FieldCommonSettings(field.DisplayName, group.Hint ?? settings.Description, group.Required, settings.Position.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The definition forgets the field; the values stay in the items' JSON and show again if the field is re-added.</summary>
    public async Task RemoveFieldAsync(string typeName, string fieldName, CancellationToken cancellationToken)
    {
        var part = await definitions.GetPartAsync(typeName, cancellationToken) ?? throw new ArgumentException($"There is no part {typeName}.", nameof(typeName));
        part.Fields.RemoveAll(f => f.Name == fieldName);
        await definitions.StorePartAsync(part, "FieldRemoved", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Stores a part from a recipe in place of the stored one, unless it is stored just so already (null then).
    /// Each change is saved at once, inside the recipe's transaction: on a new site a second unsaved change would
    /// otherwise add the stored definition row twice.
    /// </summary>
    public async Task<RecipeChangeKind?> ImportPartAsync(ContentPartDefinition part, CancellationToken cancellationToken)
    {
        var before = (await definitions.GetAsync(cancellationToken)).FindPart(part.Name);
        return await ImportAsync(
            before is null ? null : ContentDefinitionJson.WritePart(before),
            ContentDefinitionJson.WritePart(part),
            () => definitions.StorePartAsync(part, cancellationToken: cancellationToken),
            cancellationToken);
    }

    /// <summary>As <see cref="ImportPartAsync"/>, for a type.</summary>
    public async Task<RecipeChangeKind?> ImportTypeAsync(ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        var before = (await definitions.GetAsync(cancellationToken)).FindType(type.Name);
        return await ImportAsync(
            before is null ? null : ContentDefinitionJson.WriteType(before),
            ContentDefinitionJson.WriteType(type),
            () => definitions.StoreTypeAsync(type, cancellationToken: cancellationToken),
            cancellationToken);
    }

    /// <summary>
    /// What in an imported definition could not work, each naming what to fix: a technical name the admin would
    /// refuse, a field name given twice in a part, an unknown field type, a part nobody defines.
    /// <paramref name="knownParts"/> are the parts the site's modules register.
    /// </summary>
    public static IReadOnlyList<string> ImportProblems(ContentDefinition incoming, ContentDefinition stored, IReadOnlyList<string> knownParts, IReadOnlyList<string> knownFieldTypes)
    {
        var problems = new List<string>();
        foreach (var part in incoming.Parts)
        {
            if (!IsTechnicalName(part.Name))
            {
                problems.Add($"Part '{part.Name}': {TechnicalNameRule}");
            }

            foreach (var field in part.Fields)
            {
                if (!IsTechnicalName(field.Name))
                {
                    problems.Add($"Part '{part.Name}', field '{field.Name}': {TechnicalNameRule}");
                }

                if (!knownFieldTypes.Contains(field.FieldName, StringComparer.Ordinal))
                {
                    problems.Add($"Part '{part.Name}', field '{field.Name}': unknown field type '{field.FieldName}' (known field types: {string.Join(", ", knownFieldTypes)}).");
                }
            }

            foreach (var twice in part.Fields.GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                problems.Add($"Part '{part.Name}' has the field '{twice.Key}' {twice.Count()} times; give each field its own name.");
            }
        }

        foreach (var type in incoming.Types)
        {
            if (!IsTechnicalName(type.Name))
            {
                problems.Add($"Content type '{type.Name}': {TechnicalNameRule}");
            }

            foreach (var typePart in type.Parts)
            {
                var known = knownParts.Contains(typePart.PartName, StringComparer.Ordinal)
                    || typePart.PartName == PartNames.Contained
                    || typePart.PartName == type.Name
                    || incoming.FindPart(typePart.PartName) is not null
                    || stored.FindPart(typePart.PartName) is not null;
                if (!known)
                {
                    problems.Add($"Content type '{type.Name}' uses part '{typePart.PartName}', which is neither a part of this site's modules ({string.Join(", ", knownParts.Append(PartNames.Contained))}) nor defined in the recipe's ContentParts or on this site.");
                }
            }
        }

        return problems;
    }

    /// <summary>PascalCase from a display name: Danish letters spelled out, accents dropped, no leading digits.</summary>
    public static string SuggestName(string displayName)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var ch in Slugs.Transliterate(displayName))
        {
            if (!char.IsAsciiLetterOrDigit(ch) || (builder.Length == 0 && char.IsAsciiDigit(ch)))
            {
                upper = upper || !char.IsAsciiLetterOrDigit(ch);
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(ch) : ch);
            upper = false;
        }

        return builder.ToString();
    }

    /// <summary>The technical name typed, or the one suggested from the display name when none was.</summary>
    public static string NameOrSuggestion(string? name, string displayName) =>
        string.IsNullOrWhiteSpace(name) ? SuggestName(displayName) : name.Trim();

    private const string TechnicalNameRule = "a technical name starts with a letter and has only the letters A–Z and digits, at most 100 characters.";

    private static bool IsTechnicalName(string name) =>
        name.Length is > 0 and <= MaxNameLength && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);

    private void ValidateTechnicalName(string key, string name, ModelStateDictionary errors)
    {
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]) || !name.All(char.IsAsciiLetterOrDigit))
        {
            errors.AddModelError(key, T["The technical name must start with a letter and contain only the letters A–Z and digits (no æ, ø, å or spaces)."]);
        }
        else if (name.Length > MaxNameLength)
        {
            errors.AddModelError(key, T["The technical name can be at most 100 characters."]);
        }
    }

    private void RequireDisplayName(string displayName, ModelStateDictionary errors)
    {
        if (displayName.Length == 0)
        {
            errors.AddModelError("DisplayName", T["Enter a display name."]);
        }
    }

    private Dictionary<string, int> ParsePositions(IReadOnlyList<PositionInput> inputs, ModelStateDictionary errors)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (ParsePosition(input, errors) is { } position)
            {
                positions[input.Name] = position;
            }
        }

        return positions;
    }

    private int? ParsePosition(PositionInput input, ModelStateDictionary errors)
    {
        if (int.TryParse(input.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var position) && position is >= 0 and <= MaxPosition)
        {
            return position;
        }

        errors.AddModelError(input.Key, T["Enter the position of {0} as a whole number from 0 to 10000.", input.Name]);
        return null;
    }

    private async Task<RecipeChangeKind?> ImportAsync(JsonNode? before, JsonNode after, Func<Task> store, CancellationToken cancellationToken)
    {
        if (before is not null && JsonNode.DeepEquals(before, after))
        {
            return null;
        }

        await store();
        await db.SaveChangesAsync(cancellationToken);
        return before is null ? RecipeChangeKind.Created : RecipeChangeKind.Updated;
    }

    private async Task<ContentTypeDefinition> RequireTypeAsync(string typeName, CancellationToken cancellationToken) =>
        await definitions.GetTypeAsync(typeName, cancellationToken) ?? throw new ArgumentException($"There is no content type {typeName}.", nameof(typeName));

    private static void AttachPart(ContentTypeDefinition type, string partName) =>
        type.Parts.Add(NewTypePart(partName, type.Parts.Count == 0 ? 0 : type.Parts.Max(p => p.PartSettings.Position) + 1));

    private static ContentTypePartDefinition NewTypePart(string partName, int position)
    {
        var part = new ContentTypePartDefinition { Name = partName, PartName = partName };
        part.Settings.SetSettings(new ContentTypePartSettings { Position = position });
        return part;
    }

    private static string GroupName(ContentPartFieldDefinition field) => field.FieldName + "Settings";

    /// <summary>The field type's own settings group (e.g. <c>TextFieldSettings</c>), created when missing.</summary>
    private static JsonObject FieldGroup(ContentPartFieldDefinition field)
    {
        var existing = field.Settings.FirstOrDefault(p => string.Equals(p.Key, GroupName(field), StringComparison.OrdinalIgnoreCase));
        if (existing.Value is JsonObject group)
        {
            return group;
        }

        group = [];
        field.Settings[GroupName(field)] = group;
        return group;
    }
}
