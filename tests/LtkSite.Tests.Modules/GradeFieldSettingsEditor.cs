using System.Globalization;
using Cms.Contents.Fields.Settings;
using Cms.Contents.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LtkSite.Tests.Modules;

/// <summary>GradeField's settings editor: the highest grade, from 1 to 100.</summary>
public sealed class GradeFieldSettingsEditor : ContentFieldSettingsEditor<GradeFieldSettingsModel, GradeFieldSettings>
{
    public override string FieldType => GradeFieldDriver.Name;

    public override string View => "~/Views/TestExtensions/GradeFieldSettings.cshtml";

    public override IReadOnlyList<string> Inputs => [nameof(GradeFieldSettingsModel.Highest)];

    protected override GradeFieldSettingsModel Read(GradeFieldSettings settings, ContentPartFieldDefinition field, ContentDefinition definition, GradeFieldSettingsModel model)
    {
        model.Highest = settings.Highest.ToString(CultureInfo.InvariantCulture);
        return model;
    }

    protected override void Validate(GradeFieldSettingsModel model, ContentDefinition definition, ModelStateDictionary errors)
    {
        if (!SettingsInput.TryParseOptionalInt(model.Highest, 1, 100, out var highest) || highest is null)
        {
            errors.AddModelError(nameof(model.Highest), "Enter the highest grade as a whole number from 1 to 100.");
        }
    }

    protected override void Write(GradeFieldSettingsModel model, GradeFieldSettings settings, ContentPartFieldDefinition field) =>
        settings.Highest = SettingsInput.OptionalInt(model.Highest)!.Value;
}
