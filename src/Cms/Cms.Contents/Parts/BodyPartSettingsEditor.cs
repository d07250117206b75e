using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cms.Contents.Parts;

/// <summary>The settings of a body part (HTML or Markdown): a hint for editors and whether the body is required.</summary>
public abstract class BodyPartSettingsEditor : ContentPartSettingsEditor<BodyPartSettingsModel>
{
    public override string View => "~/Areas/Admin/Views/ContentTypes/PartSettings/BodyPart.cshtml";

    public override IReadOnlyList<string> Inputs => [nameof(BodyPartSettingsModel.Hint)];

    protected override BodyPartSettingsModel Read(ContentTypePartDefinition part, ContentDefinition definition, BodyPartSettingsModel model)
    {
        var settings = part.Settings.GetSettings<BodyPartSettings>();
        model.Hint = settings.Hint;
        model.Required = settings.Required;
        return model;
    }

    protected override void Validate(BodyPartSettingsModel model, ContentDefinition definition, ModelStateDictionary errors)
    {
    }

    protected override void Write(BodyPartSettingsModel model, ContentTypePartDefinition part) =>
        part.Settings.SetSettings(new BodyPartSettings { Hint = string.IsNullOrWhiteSpace(model.Hint) ? null : model.Hint.Trim(), Required = model.Required });
}
