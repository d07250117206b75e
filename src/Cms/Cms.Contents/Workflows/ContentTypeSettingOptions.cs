using Cms.Contents.Metadata;
using Cms.Core.Localization;
using Cms.Workflows.Activities.Settings;

namespace Cms.Contents.Workflows;

/// <summary>The site's content types, by display name in Danish order, for the content events' type filter.</summary>
public sealed class ContentTypeSettingOptions(ContentDefinitionManager definitions) : IActivitySettingOptionsSource
{
    public ActivitySettingKind Kind => ActivitySettingKind.ContentTypes;

    public async Task<IReadOnlyList<ActivitySettingOption>> GetOptionsAsync(CancellationToken cancellationToken)
    {
        var definition = await definitions.GetSharedAsync(cancellationToken);
        return definition.Types
            .Select(t => new ActivitySettingOption(t.Name, string.IsNullOrWhiteSpace(t.DisplayName) ? t.Name : t.DisplayName))
            .OrderBy(o => o.Label, DanishCulture.Comparer)
            .ToList();
    }
}
