using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cms.Core.AuditTrail;

/// <summary>The audit-trail categories the modules registered, with their display names in the current language.</summary>
public sealed class AuditTrailCategories(IOptions<AuditTrailOptions> options, IStringLocalizerFactory localizers)
{
    public IReadOnlyList<AuditTrailCategory> All => options.Value.Categories;

    /// <summary>The category's display name; a category no module registers (any more) shows its stored name.</summary>
    public string DisplayName(string name) =>
        options.Value.Categories.Find(c => c.Name == name) is { } category
            ? localizers.Create(category.LocalizerResource)[category.DisplayName]
            : name;
}
