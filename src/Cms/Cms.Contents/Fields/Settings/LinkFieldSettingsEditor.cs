using Cms.Contents.Localization;
using Cms.Contents.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields.Settings;

/// <summary>LinkField: whether the link text is required, and the address new items start with.</summary>
public sealed class LinkFieldSettingsEditor(IStringLocalizer<ContentTypeStrings> T) : ContentFieldSettingsEditor<LinkFieldSettingsModel, LinkFieldSettings>
{
    public override string FieldType => FieldTypes.Link;

    public override string View => "~/Areas/Admin/Views/ContentTypes/FieldSettings/LinkField.cshtml";

    public override IReadOnlyList<string> Inputs => [nameof(LinkFieldSettingsModel.DefaultUrl)];

    protected override LinkFieldSettingsModel Read(LinkFieldSettings settings, ContentPartFieldDefinition field, ContentDefinition definition, LinkFieldSettingsModel model)
    {
        model.RequireText = settings.RequireText;
        model.DefaultUrl = settings.DefaultUrl;
        return model;
    }

    protected override void Validate(LinkFieldSettingsModel model, ContentDefinition definition, ModelStateDictionary errors)
    {
        // The same addresses the field itself accepts, so a new item never starts with a value it would refuse.
        if (SettingsInput.Trimmed(model.DefaultUrl) is { } url && !FieldDriverSupport.IsAllowedUrl(url))
        {
            errors.AddModelError(nameof(model.DefaultUrl), T["The address must start with https://, http:// or / (a page on this site), or be left empty."]);
        }
    }

    protected override void Write(LinkFieldSettingsModel model, LinkFieldSettings settings, ContentPartFieldDefinition field)
    {
        settings.RequireText = model.RequireText;
        settings.DefaultUrl = SettingsInput.Trimmed(model.DefaultUrl);
    }
}
