using Cms.Contents.Localization;
using Cms.Contents.Models;
using Cms.Core.Data;
using Cms.Core.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Parts;

/// <summary>LocalizationPart: the item's language, one of the site's languages.</summary>
public sealed class LocalizationPartDriver(IStringLocalizer<ContentStrings> T, SiteSettingsService siteSettings, LtkDbContext db) : ContentPartDriver<LocalizationPart>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Parts/LocalizationPart.cshtml";

    /// <summary>Offers the site's languages and the item's translations.</summary>
    public override async ValueTask<object?> EditAsync(LocalizationPart part, PartContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Culture", part.Culture ?? "");
        var settings = await siteSettings.GetAsync(cancellationToken);
        var item = context.Item;
        var set = part.LocalizationSet ?? item.LocalizationSet;
        var translations = context.IsNew || set is null
            ? []
            : await db.Set<ContentItem>().AsNoTracking()
                .Where(i => i.LocalizationSet == set && i.Latest && i.DeletedUtc == null && i.ContentItemId != item.ContentItemId)
                .Select(i => new Translation(i.ContentItemId, i.Culture, i.DisplayText)).ToListAsync(cancellationToken);
        return new LocalizationEditorData(settings.SupportedCultures, translations);
    }

    public override async ValueTask UpdateAsync(LocalizationPart part, PartContext context, CancellationToken cancellationToken)
    {
        var settings = await siteSettings.GetAsync(cancellationToken);
        var culture = context.Input("Culture");
        if (culture.Length == 0)
        {
            culture = settings.DefaultCulture;
        }

        if (!settings.SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
        {
            context.AddError("Culture", T["Choose one of the site's languages."]);
            return;
        }

        part.Culture = settings.SupportedCultures.First(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
    }
}
