using Cms.Contents.Fields;
using Cms.Contents.Localization;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Core.Localization;
using Cms.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Controllers;

/// <summary>
/// Content types: list, create, change settings, parts and the fields of the type's own part, delete. This page
/// binds the forms and routes; <see cref="ContentDefinitionService"/> validates and stores every change, and the
/// parts' and fields' own settings editors read, check and write their settings.
/// </summary>
[Area("Admin")]
[Route("/admin/content-types")]
[RequirePermission(nameof(Permissions.ManageContentTypes))]
public sealed class ContentTypesController(
    ContentDefinitionService service,
    FieldTypeCatalog fieldTypes,
    ContentPartCatalog parts,
    IStringLocalizer<ContentTypeStrings> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var definition = await service.GetAsync(cancellationToken);
        var counts = await service.CountItemsAsync(cancellationToken);
        return View(definition.Types
            .OrderBy(t => t.DisplayName, DanishCulture.Comparer)
            .Select(t => new ContentTypeListItem(t.Name, t.DisplayName, t.OrderedParts.Select(p => p.Name).ToList(), counts.GetValueOrDefault(t.Name)))
            .ToList());
    }

    [HttpGet("create")]
    public IActionResult Create() => View(new ContentTypeCreateViewModel());

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(ContentTypeCreateViewModel model, CancellationToken cancellationToken)
    {
        model.DisplayName = model.DisplayName?.Trim() ?? "";
        model.Name = ContentDefinitionService.NameOrSuggestion(model.Name, model.DisplayName);
        if (await service.CreateTypeAsync(model.Name, model.DisplayName, ModelState, cancellationToken) is not { } type)
        {
            return View(model);
        }

        return Done(T["The content type {0} was created.", type.DisplayName], EditUrl(type.Name));
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit([FromRoute] string name, CancellationToken cancellationToken)
    {
        var definition = await service.GetAsync(cancellationToken);
        return definition.FindType(name) is { } type
            ? View(await FillEditAsync(new ContentTypeEditViewModel(), definition, type, fromStored: true, cancellationToken))
            : NotFound();
    }

    [HttpPost("{name}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit([FromRoute] string name, ContentTypeEditViewModel model, CancellationToken cancellationToken)
    {
        var definition = await service.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type)
        {
            return NotFound();
        }

        model.DisplayName = model.DisplayName?.Trim() ?? "";
        if (!await service.UpdateTypeAsync(type.Name, model.ToChange(), ModelState, cancellationToken))
        {
            model.Name = type.Name;
            return View(await FillEditAsync(model, definition, type, fromStored: false, cancellationToken));
        }

        return Done(T["The content type {0} was saved.", model.DisplayName], EditUrl(type.Name));
    }

    [HttpPost("{name}/parts/add")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddPart([FromRoute] string name, [FromForm] string? partName, CancellationToken cancellationToken)
    {
        var definition = await service.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type)
        {
            return NotFound();
        }

        if (!await service.AddPartAsync(type.Name, partName, ModelState, cancellationToken))
        {
            return View(nameof(Edit), await FillEditAsync(new ContentTypeEditViewModel(), definition, type, fromStored: true, cancellationToken));
        }

        return Done(T["The part {0} was added.", partName!], EditUrl(type.Name));
    }

    [HttpPost("{name}/parts/{partName}/remove")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RemovePart([FromRoute] string name, [FromRoute] string partName, CancellationToken cancellationToken)
    {
        if ((await service.GetAsync(cancellationToken)).FindType(name)?.FindPart(partName) is null)
        {
            return NotFound();
        }

        await service.RemovePartAsync(name, partName, cancellationToken);
        return Done(T["The part {0} was removed. Items keep their data.", partName], EditUrl(name));
    }

    [HttpGet("{name}/parts/{partName}")]
    public async Task<IActionResult> PartSettings([FromRoute] string name, [FromRoute] string partName, CancellationToken cancellationToken)
    {
        var definition = await service.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type || type.FindPart(partName) is not { } part || parts.SettingsEditor(part.PartName) is not { } editor)
        {
            return NotFound();
        }

        return View(PartSettingsModel(editor, editor.Read(part, definition), type, part, definition));
    }

    /// <summary>The form parameter only tells this action from the page's GET; the editor's model is bound below.</summary>
    [HttpPost("{name}/parts/{partName}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> PartSettings([FromRoute] string name, [FromRoute] string partName, [FromForm] IFormCollection form, CancellationToken cancellationToken)
    {
        var definition = await service.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type || type.FindPart(partName) is not { } part || parts.SettingsEditor(part.PartName) is not { } editor)
        {
            return NotFound();
        }

        var model = (await BindSettingsAsync(editor.ModelType))!;
        if (!await service.UpdatePartSettingsAsync(type.Name, partName, editor, model, ModelState, cancellationToken))
        {
            return View(PartSettingsModel(editor, model, type, part, definition));
        }

        return Done(T["The settings of {0} were saved.", partName], EditUrl(type.Name));
    }

    /// <summary>Step 1 of adding a field: its names and its type.</summary>
    [HttpGet("{name}/fields/add")]
    public async Task<IActionResult> AddField([FromRoute] string name, CancellationToken cancellationToken)
    {
        var definition = await service.GetAsync(cancellationToken);
        return definition.FindType(name) is { } type ? View(WithTypes(new ContentTypeAddFieldViewModel { FieldType = FieldTypes.Text }, type)) : NotFound();
    }

    /// <summary>Adds the field with its type's default settings and goes on to step 2, the field's settings.</summary>
    [HttpPost("{name}/fields/add")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddField([FromRoute] string name, ContentTypeAddFieldViewModel model, CancellationToken cancellationToken)
    {
        var definition = await service.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type)
        {
            return NotFound();
        }

        model.DisplayName = model.DisplayName?.Trim() ?? "";
        model.TechnicalName = ContentDefinitionService.NameOrSuggestion(model.TechnicalName, model.DisplayName);
        if (await service.AddFieldAsync(type.Name, model.TechnicalName, model.DisplayName, model.FieldType ?? "", ModelState, cancellationToken) is not { } field)
        {
            return View(WithTypes(model, type));
        }

        return Done(T["The field {0} was added. Now choose its settings.", field.DisplayName], FieldUrl(type.Name, field.Name));
    }

    [HttpGet("{name}/fields/{fieldName}")]
    public async Task<IActionResult> EditField([FromRoute] string name, [FromRoute] string fieldName, CancellationToken cancellationToken)
    {
        var definition = await service.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type || definition.FindPart(type.Name)?.FindField(fieldName) is not { } field)
        {
            return NotFound();
        }

        var common = ContentDefinitionService.ReadCommon(field);
        var model = new ContentTypeFieldViewModel { DisplayName = common.DisplayName, Hint = common.Hint, Required = common.Required, Position = common.Position };
        var editor = fieldTypes.SettingsEditor(field.FieldName);
        return View("Field", model.With(editor, editor?.Read(field, definition), definition, type, field));
    }

    /// <summary>The common settings bind to the page's model, the field type's own ones to its settings editor's model.</summary>
    [HttpPost("{name}/fields/{fieldName}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> EditField([FromRoute] string name, [FromRoute] string fieldName, ContentTypeFieldViewModel model, CancellationToken cancellationToken)
    {
        var definition = await service.GetAsync(cancellationToken);
        if (definition.FindType(name) is not { } type || definition.FindPart(type.Name)?.FindField(fieldName) is not { } field)
        {
            return NotFound();
        }

        var editor = fieldTypes.SettingsEditor(field.FieldName);
        var settings = await BindSettingsAsync(editor?.ModelType);
        model.DisplayName = model.DisplayName?.Trim() ?? "";
        var common = new FieldCommonSettings(model.DisplayName, model.Hint, model.Required, model.Position);
        if (!await service.UpdateFieldAsync(type.Name, field.Name, common, editor, settings, ModelState, cancellationToken))
        {
            return View("Field", model.With(editor, settings, definition, type, field));
        }

        return Done(T["The field {0} was saved.", model.DisplayName], EditUrl(type.Name));
    }

    [HttpPost("{name}/fields/{fieldName}/remove")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RemoveField([FromRoute] string name, [FromRoute] string fieldName, CancellationToken cancellationToken)
    {
        var definition = await service.GetAsync(cancellationToken);
        if (definition.FindType(name) is null || definition.FindPart(name)?.FindField(fieldName) is not { } field)
        {
            return NotFound();
        }

        await service.RemoveFieldAsync(name, fieldName, cancellationToken);
        return Done(T["The field {0} was removed. Items keep their values.", field.DisplayName], EditUrl(name));
    }

    [HttpGet("{name}/delete")]
    public async Task<IActionResult> Delete([FromRoute] string name, CancellationToken cancellationToken)
    {
        if ((await service.GetAsync(cancellationToken)).FindType(name) is not { } type)
        {
            return NotFound();
        }

        var counts = await service.CountItemsAsync(cancellationToken);
        return View(new ContentTypeDeleteViewModel { Name = type.Name, DisplayName = type.DisplayName, ItemCount = counts.GetValueOrDefault(type.Name) });
    }

    [HttpPost("{name}/delete")]
    [ValidateAntiForgeryToken]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed([FromRoute] string name, CancellationToken cancellationToken)
    {
        if ((await service.GetAsync(cancellationToken)).FindType(name) is not { } type)
        {
            return NotFound();
        }

        await service.DeleteTypeAsync(type.Name, cancellationToken);
        return Done(T["The content type {0} was deleted. Its items are still in the database.", type.DisplayName], "/admin/content-types");
    }

    /// <summary>A settings editor's model from the posted form (its inputs carry no prefix).</summary>
    private async Task<object?> BindSettingsAsync(Type? modelType)
    {
        if (modelType is null)
        {
            return null;
        }

        var model = Activator.CreateInstance(modelType)!;
        await TryUpdateModelAsync(model, modelType, "");
        return model;
    }

    private RedirectResult Done(LocalizedString message, string url)
    {
        TempData["Message"] = message.Value;
        return Redirect(url);
    }

    private async Task<ContentTypeEditViewModel> FillEditAsync(ContentTypeEditViewModel model, ContentDefinition definition, ContentTypeDefinition type, bool fromStored, CancellationToken cancellationToken) =>
        model.Fill(definition, type, fromStored, service.AddableParts(type), p => parts.SettingsEditor(p) is not null, (await service.CountItemsAsync(cancellationToken)).GetValueOrDefault(type.Name));

    private static ContentTypePartSettingsViewModel PartSettingsModel(IContentPartSettingsEditor editor, object model, ContentTypeDefinition type, ContentTypePartDefinition part, ContentDefinition definition) =>
        new(part.Name, editor.View, editor.Inputs, new PartSettingsEditor(model, type, part, definition));

    private ContentTypeAddFieldViewModel WithTypes(ContentTypeAddFieldViewModel model, ContentTypeDefinition type)
    {
        model.TypeName = type.Name;
        model.TypeDisplayName = type.DisplayName;
        model.FieldTypes = fieldTypes.Names;
        return model;
    }

    private static string EditUrl(string typeName) => "/admin/content-types/" + Uri.EscapeDataString(typeName);

    private static string FieldUrl(string typeName, string fieldName) => $"{EditUrl(typeName)}/fields/{Uri.EscapeDataString(fieldName)}";
}
