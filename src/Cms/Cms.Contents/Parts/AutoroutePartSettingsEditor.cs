using Cms.Contents.Localization;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Parts;

/// <summary>AutoroutePart's settings: the path pattern and whether editors may type their own path.</summary>
public sealed class AutoroutePartSettingsEditor(IStringLocalizer<ContentTypeStrings> T) : ContentPartSettingsEditor<AutoroutePartSettingsModel>
{
    public override string PartName => PartNames.Autoroute;

    public override string View => "~/Areas/Admin/Views/ContentTypes/PartSettings/AutoroutePart.cshtml";

    public override IReadOnlyList<string> Inputs => [nameof(AutoroutePartSettingsModel.Pattern)];

    protected override AutoroutePartSettingsModel Read(ContentTypePartDefinition part, ContentDefinition definition, AutoroutePartSettingsModel model)
    {
        var settings = part.Settings.GetSettings<AutoroutePartSettings>();
        model.Pattern = settings.Pattern;
        model.AllowCustomPath = settings.AllowCustomPath;
        return model;
    }

    protected override void Validate(AutoroutePartSettingsModel model, ContentDefinition definition, ModelStateDictionary errors)
    {
        model.Pattern = model.Pattern?.Trim() ?? "";
        if (model.Pattern.Length == 0)
        {
            errors.AddModelError(nameof(model.Pattern), T["Enter a pattern, for example {0}.", "{{ ContentItem.DisplayText | slugify }}"]);
        }
        else if (!AutoroutePatternEvaluator.TryValidate(model.Pattern, out var error))
        {
            errors.AddModelError(nameof(model.Pattern), T["The pattern cannot be read: {0}", error ?? ""]);
        }
    }

    protected override void Write(AutoroutePartSettingsModel model, ContentTypePartDefinition part) =>
        part.Settings.SetSettings(new AutoroutePartSettings { Pattern = model.Pattern!, AllowCustomPath = model.AllowCustomPath });
}
