using Cms.Core.Events;

namespace Cms.Core.Settings;

/// <summary>Once changed settings are committed, the cached copy and the site's time zone follow them.</summary>
public sealed class SiteSettingsCacheHandler(SiteSettingsService settings) : IEventHandler<SiteSettingsChanged>
{
    public EventDelivery Delivery => EventDelivery.AfterCommit;

    public Task HandleAsync(SiteSettingsChanged @event, CancellationToken cancellationToken)
    {
        settings.Invalidate();
        return Task.CompletedTask;
    }
}
