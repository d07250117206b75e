using Cms.Contents.Localization;
using Cms.Contents.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields.Settings;

/// <summary>ContentPickerField: which content types may be picked (all when none is ticked), and one item or several.</summary>
public sealed class ContentPickerFieldSettingsEditor(IStringLocalizer<ContentTypeStrings> T) : ContentFieldSettingsEditor<ContentPickerFieldSettingsModel, ContentPickerFieldSettings>
{
    public override string FieldType => FieldTypes.ContentPicker;

    public override string View => "~/Areas/Admin/Views/ContentTypes/FieldSettings/ContentPickerField.cshtml";

    public override IReadOnlyList<string> Inputs => [nameof(ContentPickerFieldSettingsModel.ContentTypes)];

    protected override ContentPickerFieldSettingsModel Read(ContentPickerFieldSettings settings, ContentPartFieldDefinition field, ContentDefinition definition, ContentPickerFieldSettingsModel model)
    {
        model.ContentTypes = settings.DisplayAllContentTypes ? [] : settings.DisplayedContentTypes;
        model.Multiple = settings.Multiple;
        return model;
    }

    protected override void Validate(ContentPickerFieldSettingsModel model, ContentDefinition definition, ModelStateDictionary errors)
    {
        var unknown = model.ContentTypes.Where(t => definition.FindType(t) is null).ToList();
        if (unknown.Count > 0)
        {
            errors.AddModelError(nameof(model.ContentTypes), T["There is no content type named {0}.", string.Join(", ", unknown)]);
        }
    }

    protected override void Write(ContentPickerFieldSettingsModel model, ContentPickerFieldSettings settings, ContentPartFieldDefinition field)
    {
        settings.DisplayedContentTypes = model.ContentTypes.Distinct(StringComparer.Ordinal).ToList();
        settings.DisplayAllContentTypes = settings.DisplayedContentTypes.Count == 0;
        settings.Multiple = model.Multiple;
    }
}
