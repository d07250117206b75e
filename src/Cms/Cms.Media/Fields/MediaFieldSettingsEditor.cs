using Cms.Contents.Fields.Settings;
using Cms.Contents.Metadata;
using Cms.Media.Localization;
using Cms.Media.Services;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Cms.Media.Fields;

/// <summary>MediaField: one file or several, and which kinds of file the library may offer for it.</summary>
public sealed class MediaFieldSettingsEditor(IStringLocalizer<MediaStrings> T) : ContentFieldSettingsEditor<MediaFieldSettingsModel, MediaFieldSettings>
{
    public override string FieldType => MediaFieldDriver.FieldTypeName;

    public override string View => "~/Areas/Admin/Views/ContentTypes/FieldSettings/MediaField.cshtml";

    public override IReadOnlyList<string> Inputs => [nameof(MediaFieldSettingsModel.AllowedExtensions)];

    protected override MediaFieldSettingsModel Read(MediaFieldSettings settings, ContentPartFieldDefinition field, ContentDefinition definition, MediaFieldSettingsModel model)
    {
        model.Multiple = settings.Multiple;
        // Orchard exports may leave out the dot or write capitals; the driver accepts both, the form ticks them alike.
        model.AllowedExtensions = settings.AllowedExtensions.Select(Normalize).Distinct(StringComparer.Ordinal).ToList();
        return model;
    }

    protected override void Validate(MediaFieldSettingsModel model, ContentDefinition definition, ModelStateDictionary errors)
    {
        var unknown = model.AllowedExtensions.Where(e => !MediaTypes.All.Any(t => t.Extension == Normalize(e))).ToList();
        if (unknown.Count > 0)
        {
            errors.AddModelError(nameof(model.AllowedExtensions), T["The library does not accept {0}; choose among {1}.", string.Join(", ", unknown), string.Join(", ", MediaTypes.All.Select(t => t.Extension))]);
        }
    }

    protected override void Write(MediaFieldSettingsModel model, MediaFieldSettings settings, ContentPartFieldDefinition field)
    {
        settings.Multiple = model.Multiple;
        settings.AllowedExtensions = model.AllowedExtensions.Select(Normalize).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Normalize(string extension)
    {
        var trimmed = extension.Trim().ToLowerInvariant();
        return trimmed.StartsWith('.') ? trimmed : "." + trimmed;
    }
}
