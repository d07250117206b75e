using System.Globalization;
using Cms.Contents.Localization;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Parts;

/// <summary>ListPart's settings: which types the list contains, ordering by hand, and the page size.</summary>
public sealed class ListPartSettingsEditor(IStringLocalizer<ContentTypeStrings> T) : ContentPartSettingsEditor<ListPartSettingsModel>
{
    public const int MaxPageSize = 1000;

    public override string PartName => PartNames.List;

    public override string View => "~/Areas/Admin/Views/ContentTypes/PartSettings/ListPart.cshtml";

    public override IReadOnlyList<string> Inputs => [nameof(ListPartSettingsModel.ContainedContentTypes), nameof(ListPartSettingsModel.PageSize)];

    protected override ListPartSettingsModel Read(ContentTypePartDefinition part, ContentDefinition definition, ListPartSettingsModel model)
    {
        var settings = part.Settings.GetSettings<ListPartSettings>();
        model.ContainedContentTypes = settings.ContainedContentTypes;
        model.EnableOrdering = settings.EnableOrdering;
        model.PageSize = settings.PageSize.ToString(CultureInfo.InvariantCulture);
        return model;
    }

    protected override void Validate(ListPartSettingsModel model, ContentDefinition definition, ModelStateDictionary errors)
    {
        var unknown = model.ContainedContentTypes.Where(t => definition.FindType(t) is null).ToList();
        if (unknown.Count > 0)
        {
            errors.AddModelError(nameof(model.ContainedContentTypes), T["There is no content type named {0}.", string.Join(", ", unknown)]);
        }

        if (!int.TryParse(model.PageSize, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pageSize) || pageSize is < 1 or > MaxPageSize)
        {
            errors.AddModelError(nameof(model.PageSize), T["Enter a page size as a whole number from 1 to 1000."]);
        }
    }

    protected override void Write(ListPartSettingsModel model, ContentTypePartDefinition part) =>
        part.Settings.SetSettings(new ListPartSettings
        {
            ContainedContentTypes = model.ContainedContentTypes.Distinct(StringComparer.Ordinal).ToList(),
            EnableOrdering = model.EnableOrdering,
            PageSize = int.Parse(model.PageSize!, NumberStyles.Integer, CultureInfo.InvariantCulture),
        });
}
