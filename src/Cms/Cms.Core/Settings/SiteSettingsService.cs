using Cms.Core.Data;
using Cms.Core.Events;
using Cms.Core.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Core.Settings;

/// <summary>
/// Reads the site settings (cached, they are read on every page) and saves changes to them. Whenever it reads
/// them from the database it brings the site's <see cref="SiteTimeZone"/> up to date.
/// </summary>
public sealed class SiteSettingsService(IServiceProvider services, IMemoryCache cache, SiteTimeZone timeZone)
{
    private const string CacheKey = "Cms.SiteSettings";

    // Every page reads the settings, nearly always from the cache: the request's context is made only when one is needed.
    private LtkDbContext? _db;

    private LtkDbContext Db => _db ??= services.GetRequiredService<LtkDbContext>();

    public async Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out SiteSettings? cached) && cached is not null)
        {
            return cached;
        }

        var settings = await Db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == SiteSettings.SingletonId, cancellationToken) ?? new SiteSettings();
        timeZone.Use(settings.TimeZoneId);
        if (settings.SetupCompletedUtc is not null)
        {
            cache.Set(CacheKey, settings);
        }

        return settings;
    }

    /// <summary>A module's settings section (see <see cref="SiteSettings.GetSection{T}"/>), from the cached settings.</summary>
    public async Task<T> GetSectionAsync<T>(CancellationToken cancellationToken = default)
        where T : class, new() => (await GetAsync(cancellationToken)).GetSection<T>();

    /// <summary>
    /// Saves a module's settings section and tells the site (cached settings and pages follow). The caller's pending
    /// changes (an audit entry, say) are saved with it.
    /// </summary>
    public Task SaveSectionAsync<T>(T value, CancellationToken cancellationToken = default)
        where T : class, new() => UpdateAsync(s => s.SetSection(value), cancellationToken);

    /// <summary>Changes the stored settings, saves them with the caller's pending changes and tells the site.</summary>
    public async Task UpdateAsync(Action<SiteSettings> change, CancellationToken cancellationToken = default)
    {
        var settings = await LoadForUpdateAsync(cancellationToken);
        change(settings);
        // Published before the save, so the cache and the pages follow when the change commits (or with the caller's transaction).
        await services.GetRequiredService<IEventPublisher>().PublishAsync(new SiteSettingsChanged(), cancellationToken);
        await Db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Loads the tracked row for changing it, creating it when the site has none yet.</summary>
    public async Task<SiteSettings> LoadForUpdateAsync(CancellationToken cancellationToken = default)
    {
        var settings = await Db.SiteSettings.FirstOrDefaultAsync(s => s.Id == SiteSettings.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = new SiteSettings();
            Db.SiteSettings.Add(settings);
        }

        return settings;
    }

    /// <summary>Forget the cached copy; call after the change is committed. The time zone follows at once, as times are shown without reading the settings.</summary>
    public void Invalidate()
    {
        cache.Remove(CacheKey);
        timeZone.Use(Db.SiteSettings.AsNoTracking().Where(s => s.Id == SiteSettings.SingletonId).Select(s => s.TimeZoneId).FirstOrDefault());
    }
}
