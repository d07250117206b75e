using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Contents.Fields;
using Cms.Contents.Localization;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Security;
using Cms.Core.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Controllers;

/// <summary>
/// Content types: list, create, change settings, parts and the fields of the type's own part, delete.
/// Every change is stored through the definition manager (with its audit record) and takes effect at once.
/// </summary>
[Area("Admin")]
[Route("/admin/content-types")]
[RequirePermission(nameof(Permissions.ManageContentTypes))]
public sealed class ContentTypesController(
    ContentDefinitionManager definitions,
    LtkDbContext db,
    FieldTypeCatalog fieldTypes,
    ContentPartCatalog parts,
    IStringLocalizer<ContentTypeStrings> T) : Controller
{
    private const string TextEditorStandard = "Standard";
    private const string TextEditorTextArea = "TextArea";

    /// <summary>Field settings the form edits, each shown only when the field type's settings class has it.</summary>
    private static readonly string[] s_fieldSettingNames = ["Hint", "Required", "MaxLength", "Minimum", "Maximum", "Scale", "ThousandsSeparator", "Options", "Multiple", "DisplayedContentTypes"];

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var counts = await CountItemsAsync(cancellationToken);
        var comparer = DanishCulture.Comparer;
        var items = definition.Types
            .OrderBy(t => t.DisplayName, comparer)
            .Select(t => new ContentTypeListItem(t.Name, t.DisplayName, t.OrderedParts.Select(p => p.Name).ToList(), counts.GetValueOrDefault(t.Name)))
            .ToList();
        return View(items);
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create()
    {
        return View(new ContentTypeCreateViewModel());
    }

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(ContentTypeCreateViewModel model, CancellationToken cancellationToken)
    {
        model.DisplayName = model.DisplayName?.Trim() ?? "";
        model.Name = string.IsNullOrWhiteSpace(model.Name) ? SuggestName(model.DisplayName) : model.Name.Trim();
        var definition = await definitions.GetAsync(cancellationToken);
        if (model.DisplayName.Length == 0)
        {
            ModelState.AddModelError(nameof(model.DisplayName), T["Enter a display name."]);
        }

        if (model.Name.Length > 0 || model.DisplayName.Length > 0)
        {
            ValidateTechnicalName(nameof(model.Name), model.Name);
        }

        if (ModelState.IsValid && (definition.FindType(model.Name) is not null || definition.FindPart(model.Name) is not null || parts.IsKnown(model.Name)))
        {
            ModelState.AddModelError(nameof(model.Name), T["The technical name {0} is already used. Choose another.", model.Name]);
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var type = new ContentTypeDefinition
        {
            Name = model.Name,
            DisplayName = model.DisplayName,
            Parts =
            [
                NewTypePart(PartNames.Title, 0),
                NewTypePart(model.Name, 1),
                NewTypePart(PartNames.Autoroute, 2),
            ],
        };
        type.Settings.SetSettings(new ContentTypeSettings { Creatable = true, Listable = true, Draftable = true, Versionable = true });
        await definitions.StoreTypeAsync(type, cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["The content type {0} was created.", type.DisplayName].Value;
        return Redirect(EditUrl(type.Name));
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit([FromRoute] string name, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type)
        {
            return NotFound();
        }

        var settings = type.TypeSettings;
        var model = new ContentTypeEditViewModel
        {
            Name = type.Name,
            DisplayName = type.DisplayName,
            Description = settings.Description,
            Creatable = settings.Creatable,
            Listable = settings.Listable,
            Draftable = settings.Draftable,
            Versionable = settings.Versionable,
            Securable = settings.Securable,
        };
        return View(await FillEditAsync(model, definition, type, fromStored: true, cancellationToken));
    }

    [HttpPost("{name}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit([FromRoute] string name, ContentTypeEditViewModel model, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type)
        {
            return NotFound();
        }

        model.Name = type.Name;
        model.DisplayName = model.DisplayName?.Trim() ?? "";
        if (model.DisplayName.Length == 0)
        {
            ModelState.AddModelError(nameof(model.DisplayName), T["Enter a display name."]);
        }

        var partPositions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < model.Parts.Count; i++)
        {
            if (ParsePosition(model.Parts[i].Position, $"Parts[{i}].Position", model.Parts[i].Name) is { } position)
            {
                partPositions[model.Parts[i].Name] = position;
            }
        }

        var fieldPositions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < model.Fields.Count; i++)
        {
            if (ParsePosition(model.Fields[i].Position, $"Fields[{i}].Position", model.Fields[i].Name) is { } position)
            {
                fieldPositions[model.Fields[i].Name] = position;
            }
        }

        if (!ModelState.IsValid)
        {
            return View(await FillEditAsync(model, definition, type, fromStored: false, cancellationToken));
        }

        type.DisplayName = model.DisplayName;
        var settings = type.TypeSettings;
        settings.Creatable = model.Creatable;
        settings.Listable = model.Listable;
        settings.Draftable = model.Draftable;
        settings.Versionable = model.Versionable;
        settings.Securable = model.Securable;
        settings.Description = string.IsNullOrWhiteSpace(model.Description) ? null : model.Description.Trim();
        type.Settings.SetSettings(settings);
        foreach (var part in type.Parts)
        {
            if (partPositions.TryGetValue(part.Name, out var position))
            {
                var partSettings = part.PartSettings;
                partSettings.Position = position;
                part.Settings.SetSettings(partSettings);
            }
        }

        await definitions.StoreTypeAsync(type, cancellationToken: cancellationToken);
        if (definition.FindPart(type.Name) is { } ownPart && fieldPositions.Count > 0)
        {
            var moved = false;
            foreach (var field in ownPart.Fields)
            {
                if (fieldPositions.TryGetValue(field.Name, out var position) && position != field.FieldSettings.Position)
                {
                    var fieldSettings = field.FieldSettings;
                    fieldSettings.Position = position;
                    field.Settings.SetSettings(fieldSettings);
                    moved = true;
                }
            }

            if (moved)
            {
                await definitions.StorePartAsync(ownPart, "FieldsReordered", cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["The content type {0} was saved.", type.DisplayName].Value;
        return Redirect(EditUrl(type.Name));
    }

    [HttpPost("{name}/parts/add")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddPart([FromRoute] string name, [FromForm] string? partName, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type)
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(partName) || !AddableParts(type).Contains(partName))
        {
            ModelState.AddModelError("PartName", T["Choose a part to add."]);
            return View(nameof(Edit), await FillEditAsync(new ContentTypeEditViewModel(), definition, type, fromStored: true, cancellationToken, withSettings: true));
        }

        var next = type.Parts.Count == 0 ? 0 : type.Parts.Max(p => p.PartSettings.Position) + 1;
        type.Parts.Add(NewTypePart(partName, next));
        await definitions.StoreTypeAsync(type, "PartAdded", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["The part {0} was added.", partName].Value;
        return Redirect(EditUrl(type.Name));
    }

    [HttpPost("{name}/parts/{partName}/remove")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RemovePart([FromRoute] string name, [FromRoute] string partName, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type || type.FindPart(partName) is not { } part)
        {
            return NotFound();
        }

        // Only the type loses the part: items keep their part data, and the own part keeps its fields for a later re-add.
        type.Parts.Remove(part);
        await definitions.StoreTypeAsync(type, "PartRemoved", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["The part {0} was removed. Items keep their data.", partName].Value;
        return Redirect(EditUrl(type.Name));
    }

    [HttpGet("{name}/parts/{partName}")]
    public async Task<IActionResult> PartSettings([FromRoute] string name, [FromRoute] string partName, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type || type.FindPart(partName) is not { } part || parts.SettingsEditor(part.PartName) is not { } editor)
        {
            return NotFound();
        }

        return View(PartSettingsModel(editor, editor.Read(part, definition), type, part, definition));
    }

    /// <summary>The part's own settings editor binds, validates and writes the settings; this page only stores them.</summary>
    [HttpPost("{name}/parts/{partName}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> PartSettings([FromRoute] string name, [FromRoute] string partName, [FromForm] IFormCollection form, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type || type.FindPart(partName) is not { } part || parts.SettingsEditor(part.PartName) is not { } editor)
        {
            return NotFound();
        }

        var model = Activator.CreateInstance(editor.ModelType)!;
        await TryUpdateModelAsync(model, editor.ModelType, "");
        if (!editor.Apply(model, part, definition, ModelState))
        {
            return View(PartSettingsModel(editor, model, type, part, definition));
        }

        await definitions.StoreTypeAsync(type, "PartSettingsUpdated", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["The settings of {0} were saved.", partName].Value;
        return Redirect(EditUrl(type.Name));
    }

    [HttpGet("{name}/fields/add")]
    public async Task<IActionResult> AddField([FromRoute] string name, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type)
        {
            return NotFound();
        }

        var next = definition.FindPart(type.Name) is { Fields.Count: > 0 } part ? part.Fields.Max(f => f.FieldSettings.Position) + 1 : 0;
        return View("Field", WithChoices(new ContentTypeFieldViewModel { IsNew = true, FieldType = FieldTypes.Text, Editor = TextEditorStandard, Position = next.ToString(CultureInfo.InvariantCulture) }, definition, type));
    }

    [HttpPost("{name}/fields/add")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddField([FromRoute] string name, ContentTypeFieldViewModel model, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type)
        {
            return NotFound();
        }

        model.IsNew = true;
        model.DisplayName = model.DisplayName?.Trim() ?? "";
        model.TechnicalName = string.IsNullOrWhiteSpace(model.TechnicalName) ? SuggestName(model.DisplayName) : model.TechnicalName.Trim();
        var part = definition.FindPart(type.Name) ?? new ContentPartDefinition { Name = type.Name };
        if (model.DisplayName.Length == 0)
        {
            ModelState.AddModelError(nameof(model.DisplayName), T["Enter a display name."]);
        }

        if (model.TechnicalName.Length > 0 || model.DisplayName.Length > 0)
        {
            ValidateTechnicalName(nameof(model.TechnicalName), model.TechnicalName);
        }

        if (ModelState.IsValid && part.FindField(model.TechnicalName) is not null)
        {
            ModelState.AddModelError(nameof(model.TechnicalName), T["The part already has a field named {0}. Choose another.", model.TechnicalName]);
        }

        if (!fieldTypes.IsKnown(model.FieldType))
        {
            ModelState.AddModelError(nameof(model.FieldType), T["Choose a field type."]);
            model.FieldType = FieldTypes.Text;
        }

        var field = new ContentPartFieldDefinition { Name = model.TechnicalName, FieldName = model.FieldType };
        ApplyFieldSettings(model, field, definition);
        if (!ModelState.IsValid)
        {
            return View("Field", WithChoices(model, definition, type));
        }

        part.Fields.Add(field);
        await definitions.StorePartAsync(part, "FieldAdded", cancellationToken);
        if (!type.HasPart(type.Name))
        {
            var next = type.Parts.Count == 0 ? 0 : type.Parts.Max(p => p.PartSettings.Position) + 1;
            type.Parts.Add(NewTypePart(type.Name, next));
            await definitions.StoreTypeAsync(type, "PartAdded", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["The field {0} was added.", field.DisplayName].Value;
        return Redirect(EditUrl(type.Name));
    }

    [HttpGet("{name}/fields/{fieldName}")]
    public async Task<IActionResult> EditField([FromRoute] string name, [FromRoute] string fieldName, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type || definition.FindPart(type.Name)?.FindField(fieldName) is not { } field)
        {
            return NotFound();
        }

        return View("Field", WithChoices(ReadField(field), definition, type));
    }

    [HttpPost("{name}/fields/{fieldName}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> EditField([FromRoute] string name, [FromRoute] string fieldName, ContentTypeFieldViewModel model, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type || definition.FindPart(type.Name) is not { } part || part.FindField(fieldName) is not { } field)
        {
            return NotFound();
        }

        model.IsNew = false;
        model.TechnicalName = field.Name;
        model.FieldType = field.FieldName;
        model.DisplayName = model.DisplayName?.Trim() ?? "";
        if (model.DisplayName.Length == 0)
        {
            ModelState.AddModelError(nameof(model.DisplayName), T["Enter a display name."]);
        }

        ApplyFieldSettings(model, field, definition);
        if (!ModelState.IsValid)
        {
            return View("Field", WithChoices(model, definition, type));
        }

        await definitions.StorePartAsync(part, "FieldUpdated", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["The field {0} was saved.", field.DisplayName].Value;
        return Redirect(EditUrl(type.Name));
    }

    [HttpPost("{name}/fields/{fieldName}/remove")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RemoveField([FromRoute] string name, [FromRoute] string fieldName, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type || definition.FindPart(type.Name) is not { } part || part.FindField(fieldName) is not { } field)
        {
            return NotFound();
        }

        // The definition forgets the field; the values stay in the items' JSON and show again if the field is re-added.
        part.Fields.Remove(field);
        await definitions.StorePartAsync(part, "FieldRemoved", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["The field {0} was removed. Items keep their values.", field.DisplayName].Value;
        return Redirect(EditUrl(type.Name));
    }

    [HttpGet("{name}/delete")]
    public async Task<IActionResult> Delete([FromRoute] string name, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type)
        {
            return NotFound();
        }

        var counts = await CountItemsAsync(cancellationToken);
        return View(new ContentTypeDeleteViewModel { Name = type.Name, DisplayName = type.DisplayName, ItemCount = counts.GetValueOrDefault(type.Name) });
    }

    [HttpPost("{name}/delete")]
    [ValidateAntiForgeryToken]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed([FromRoute] string name, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type)
        {
            return NotFound();
        }

        await definitions.DeleteTypeAsync(type.Name, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T["The content type {0} was deleted. Its items are still in the database.", type.DisplayName].Value;
        return Redirect("/admin/content-types");
    }

    /// <summary>PascalCase from a display name: Danish letters spelled out, accents dropped, no leading digits.</summary>
    public static string SuggestName(string displayName)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var ch in Slugs.Transliterate(displayName))
        {
            if (!char.IsAsciiLetterOrDigit(ch))
            {
                upper = true;
                continue;
            }

            if (builder.Length == 0 && char.IsAsciiDigit(ch))
            {
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(ch) : ch);
            upper = false;
        }

        return builder.ToString();
    }

    private void ValidateTechnicalName(string key, string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]) || !name.All(char.IsAsciiLetterOrDigit))
        {
            ModelState.AddModelError(key, T["The technical name must start with a letter and contain only the letters A–Z and digits (no æ, ø, å or spaces)."]);
        }
        else if (name.Length > 100)
        {
            ModelState.AddModelError(key, T["The technical name can be at most 100 characters."]);
        }
    }

    private int? ParsePosition(string? text, string key, string what)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var position) && position is >= 0 and <= 10000)
        {
            return position;
        }

        ModelState.AddModelError(key, T["Enter the position of {0} as a whole number from 0 to 10000.", what]);
        return null;
    }

    private async Task<ContentTypeEditViewModel> FillEditAsync(ContentTypeEditViewModel model, ContentDefinition definition, ContentTypeDefinition type, bool fromStored, CancellationToken cancellationToken, bool withSettings = false)
    {
        if (withSettings)
        {
            var settings = type.TypeSettings;
            model.Name = type.Name;
            model.DisplayName = type.DisplayName;
            model.Description = settings.Description;
            model.Creatable = settings.Creatable;
            model.Listable = settings.Listable;
            model.Draftable = settings.Draftable;
            model.Versionable = settings.Versionable;
            model.Securable = settings.Securable;
        }

        // Rows always follow the stored definition; typed positions are kept when the form comes back with errors.
        var typedParts = fromStored ? [] : model.Parts.Where(p => p.Name is not null).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First().Position, StringComparer.Ordinal);
        model.Parts = type.OrderedParts.Select(p => new ContentTypePartRow
        {
            Name = p.Name,
            Position = typedParts.TryGetValue(p.Name, out var typed) ? typed : p.PartSettings.Position.ToString(CultureInfo.InvariantCulture),
            HasSettings = HasPartSettings(p.PartName),
        }).ToList();
        var typedFields = fromStored ? [] : model.Fields.Where(f => f.Name is not null).GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First().Position, StringComparer.Ordinal);
        model.Fields = (definition.FindPart(type.Name)?.OrderedFields ?? []).Select(f => new ContentTypeFieldRow
        {
            Name = f.Name,
            DisplayName = f.DisplayName,
            FieldType = f.FieldName,
            Position = typedFields.TryGetValue(f.Name, out var typed) ? typed : f.FieldSettings.Position.ToString(CultureInfo.InvariantCulture),
        }).ToList();
        model.AddableParts = AddableParts(type);
        model.ItemCount = (await CountItemsAsync(cancellationToken)).GetValueOrDefault(type.Name);
        return model;
    }

    private List<string> AddableParts(ContentTypeDefinition type) =>
        parts.AttachableParts.Append(type.Name).Where(p => !type.HasPart(p)).ToList();

    private bool HasPartSettings(string partName) => parts.SettingsEditor(partName) is not null;

    private static ContentTypePartSettingsViewModel PartSettingsModel(IContentPartSettingsEditor editor, object model, ContentTypeDefinition type, ContentTypePartDefinition part, ContentDefinition definition) =>
        new(part.Name, editor.View, editor.Inputs, new PartSettingsEditor(model, type, part, definition));

    private static ContentTypePartDefinition NewTypePart(string partName, int position)
    {
        var part = new ContentTypePartDefinition { Name = partName, PartName = partName };
        part.Settings.SetSettings(new ContentTypePartSettings { Position = position });
        return part;
    }

    private static List<ContentTypeChoice> Choices(ContentDefinition definition)
    {
        var comparer = DanishCulture.Comparer;
        return definition.Types.OrderBy(t => t.DisplayName, comparer).Select(t => new ContentTypeChoice(t.Name, t.DisplayName)).ToList();
    }

    private ContentTypeFieldViewModel WithChoices(ContentTypeFieldViewModel model, ContentDefinition definition, ContentTypeDefinition type)
    {
        model.TypeName = type.Name;
        model.TypeDisplayName = type.DisplayName;
        model.AvailableTypes = Choices(definition);
        // A new field's type is chosen on the same form, so every setting is offered; only the chosen type's ones are kept.
        model.Supported = model.IsNew ? fieldTypes.Names.SelectMany(SupportedSettings).ToHashSet(StringComparer.Ordinal) : SupportedSettings(model.FieldType);
        return model;
    }

    private async Task<Dictionary<string, int>> CountItemsAsync(CancellationToken cancellationToken) =>
        await db.Set<ContentItem>()
            .Where(i => i.Latest && i.DeletedUtc == null)
            .GroupBy(i => i.ContentType)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);

    private HashSet<string> SupportedSettings(string fieldType)
    {
        var supported = fieldTypes.SettingsClassOf(fieldType) is { } settingsClass
            ? s_fieldSettingNames.Where(n => settingsClass.GetProperty(n) is not null).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        if (fieldType == FieldTypes.Text)
        {
            supported.Add("Editor");
        }

        return supported;
    }

    private static ContentTypeFieldViewModel ReadField(ContentPartFieldDefinition field)
    {
        var common = field.FieldSettings;
        var group = FieldGroup(field);
        var model = new ContentTypeFieldViewModel
        {
            TechnicalName = field.Name,
            FieldType = field.FieldName,
            DisplayName = field.DisplayName,
            Editor = field.FieldName == FieldTypes.Text ? (common.Editor ?? TextEditorStandard) : common.Editor,
            Hint = GroupString(group, "Hint") ?? common.Description,
            Position = common.Position.ToString(CultureInfo.InvariantCulture),
            Required = GroupBool(group, "Required"),
            MaxLength = GroupString(group, "MaxLength"),
            Minimum = GroupString(group, "Minimum"),
            Maximum = GroupString(group, "Maximum"),
            Scale = GroupString(group, "Scale"),
            Multiple = GroupBool(group, "Multiple"),
        };
        if (field.FieldName == FieldTypes.Numeric)
        {
            // Read through the settings class: a field stored before the setting existed keeps its separator.
            model.ThousandsSeparator = field.Settings.GetSettings<NumericFieldSettings>().ThousandsSeparator;
        }

        if (field.FieldName == FieldTypes.Choice)
        {
            var options = field.Settings.GetSettings<ChoiceFieldSettings>().Options;
            model.Options = string.Join("\n", options.Select(o => o.Name == o.Value ? o.Value : $"{o.Name}|{o.Value}"));
        }

        if (field.FieldName == FieldTypes.ContentPicker)
        {
            model.ContentTypes = field.Settings.GetSettings<ContentPickerFieldSettings>().DisplayedContentTypes;
        }

        return model;
    }

    /// <summary>
    /// Validates the posted settings and writes them into the field's settings groups. Keys the form does not
    /// edit (e.g. default values from an import) are kept as they are.
    /// </summary>
    private void ApplyFieldSettings(ContentTypeFieldViewModel model, ContentPartFieldDefinition field, ContentDefinition definition)
    {
        var supported = SupportedSettings(field.FieldName);
        var hint = string.IsNullOrWhiteSpace(model.Hint) ? null : model.Hint.Trim();
        var common = field.FieldSettings;
        common.DisplayName = model.DisplayName;
        common.Description = hint;
        if (ParsePosition(model.Position, nameof(model.Position), model.DisplayName.Length > 0 ? model.DisplayName : T["the field"].Value) is { } position)
        {
            common.Position = position;
        }

        if (supported.Contains("Editor"))
        {
            if (model.Editor is not (TextEditorStandard or TextEditorTextArea))
            {
                ModelState.AddModelError(nameof(model.Editor), T["Choose an editor."]);
            }

            common.Editor = model.Editor == TextEditorTextArea ? TextEditorTextArea : null;
        }

        field.Settings.SetSettings(common);

        var group = FieldGroup(field);
        if (supported.Contains("Hint"))
        {
            group["Hint"] = hint;
        }

        if (supported.Contains("Required"))
        {
            group["Required"] = model.Required;
        }

        if (supported.Contains("Multiple"))
        {
            group["Multiple"] = model.Multiple;
        }

        if (supported.Contains("MaxLength"))
        {
            group["MaxLength"] = ParseOptionalInt(model.MaxLength, nameof(model.MaxLength), 1, 1_000_000, T["Enter the maximum length as a whole number of at least 1, or leave it empty."]);
        }

        if (supported.Contains("Scale"))
        {
            group["Scale"] = ParseOptionalInt(model.Scale, nameof(model.Scale), 0, 10, T["Enter the number of decimals as a whole number from 0 to 10."]) ?? 0;
        }

        if (supported.Contains("ThousandsSeparator"))
        {
            group["ThousandsSeparator"] = model.ThousandsSeparator;
        }

        if (supported.Contains("Minimum"))
        {
            var minimum = ParseOptionalDecimal(model.Minimum, nameof(model.Minimum), T["Enter the minimum as a number, or leave it empty."]);
            var maximum = ParseOptionalDecimal(model.Maximum, nameof(model.Maximum), T["Enter the maximum as a number, or leave it empty."]);
            if (minimum is not null && maximum is not null && minimum > maximum)
            {
                ModelState.AddModelError(nameof(model.Maximum), T["The maximum must be at least the minimum."]);
            }

            group["Minimum"] = minimum;
            group["Maximum"] = maximum;
        }

        if (supported.Contains("Options"))
        {
            var options = new List<ChoiceOption>();
            foreach (var line in (model.Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var bar = line.IndexOf('|', StringComparison.Ordinal);
                var option = bar < 0 ? new ChoiceOption { Name = line, Value = line } : new ChoiceOption { Name = line[..bar].Trim(), Value = line[(bar + 1)..].Trim() };
                if (option.Name.Length == 0 || option.Value.Length == 0)
                {
                    ModelState.AddModelError(nameof(model.Options), T["The line \"{0}\" needs both a name and a value: write Name|value or just the value.", line]);
                }

                options.Add(option);
            }

            if (options.Count == 0)
            {
                ModelState.AddModelError(nameof(model.Options), T["Enter at least one option, one a line."]);
            }
            else if (options.GroupBy(o => o.Value, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            {
                ModelState.AddModelError(nameof(model.Options), T["The value {0} is given twice.", duplicate.Key]);
            }

            group["Options"] = JsonSerializer.SerializeToNode(options, SettingsJson.Options);
        }

        if (supported.Contains("DisplayedContentTypes"))
        {
            var unknown = model.ContentTypes.Where(t => definition.FindType(t) is null).ToList();
            if (unknown.Count > 0)
            {
                ModelState.AddModelError(nameof(model.ContentTypes), T["There is no content type named {0}.", string.Join(", ", unknown)]);
            }

            var types = model.ContentTypes.Distinct(StringComparer.Ordinal).ToList();
            group["DisplayedContentTypes"] = new JsonArray(types.Select(t => (JsonNode?)t).ToArray());
            group["DisplayAllContentTypes"] = types.Count == 0;
        }
    }

    private int? ParseOptionalInt(string? text, string key, int min, int max, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        ModelState.AddModelError(key, message);
        return null;
    }

    private decimal? ParseOptionalDecimal(string? text, string key, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Danish decimal comma or point, no thousands separators.
        if (SettingsJson.ParseDecimal(text.Trim().Replace(',', '.')) is { } value)
        {
            return value;
        }

        ModelState.AddModelError(key, message);
        return null;
    }

    /// <summary>The field type's own settings group (e.g. <c>TextFieldSettings</c>), created when missing.</summary>
    private static JsonObject FieldGroup(ContentPartFieldDefinition field)
    {
        var key = field.FieldName + "Settings";
        var existing = field.Settings.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));
        if (existing.Value is JsonObject group)
        {
            return group;
        }

        group = [];
        field.Settings[key] = group;
        return group;
    }

    private static string? GroupString(JsonObject group, string key) =>
        group.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value is JsonValue value
            ? value.GetValueKind() switch
            {
                JsonValueKind.String => value.GetValue<string>(),
                JsonValueKind.Number => value.ToJsonString(),
                _ => null,
            }
            : null;

    private static bool GroupBool(JsonObject group, string key) =>
        group.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value is JsonValue value
        && (value.GetValueKind() == JsonValueKind.True || (value.GetValueKind() == JsonValueKind.String && bool.TryParse(value.GetValue<string>(), out var b) && b));

    private static string EditUrl(string typeName) => "/admin/content-types/" + Uri.EscapeDataString(typeName);
}
