using System.Globalization;
using Cms.Contents.Metadata;
using Cms.Contents.Parts;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LtkSite.Tests.Modules;

/// <summary>RatingPart's settings editor: the most stars an item may get, from 1 to 10.</summary>
public sealed class RatingPartSettingsEditor : ContentPartSettingsEditor<RatingPartSettingsModel>
{
    public override string PartName => RatingPartDriver.Name;

    public override string View => "~/Views/TestExtensions/RatingPartSettings.cshtml";

    public override IReadOnlyList<string> Inputs => [nameof(RatingPartSettingsModel.MaxStars)];

    protected override RatingPartSettingsModel Read(ContentTypePartDefinition part, ContentDefinition definition, RatingPartSettingsModel model)
    {
        model.MaxStars = part.Settings.GetSettings<RatingPartSettings>().MaxStars.ToString(CultureInfo.InvariantCulture);
        return model;
    }

    protected override void Validate(RatingPartSettingsModel model, ContentDefinition definition, ModelStateDictionary errors)
    {
        if (!int.TryParse(model.MaxStars, NumberStyles.Integer, CultureInfo.InvariantCulture, out var max) || max is < 1 or > 10)
        {
            errors.AddModelError(nameof(model.MaxStars), "Enter the most stars as a whole number from 1 to 10.");
        }
    }

    protected override void Write(RatingPartSettingsModel model, ContentTypePartDefinition part) =>
        part.Settings.SetSettings(new RatingPartSettings { MaxStars = int.Parse(model.MaxStars!, CultureInfo.InvariantCulture) });
}
