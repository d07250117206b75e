using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Localization;

namespace Cms.Core.Settings;

/// <summary>The site-wide settings; one row, written by the Settings recipe step and the admin.</summary>
public sealed class SiteSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string SiteName { get; set; } = "";

    public string DefaultCulture { get; set; } = DanishCulture.Name;

    /// <summary>Comma-separated culture names as stored; use <see cref="SupportedCultures"/>.</summary>
    public string SupportedCulturesValue { get; set; } = DanishCulture.Name;

    public string TimeZoneId { get; set; } = SiteTimeZone.DefaultId;

    /// <summary>Set by the first-run setup as its last act; a site without it has not been set up.</summary>
    public DateTime? SetupCompletedUtc { get; set; }

    /// <summary>
    /// The modules' own settings, one JSON group per settings class (<c>MeetingScheduleSettings</c>, …), so a module adds
    /// settings without a column of its own. Read them with <see cref="GetSection{T}"/>.
    /// </summary>
    public JsonObject Sections { get; set; } = [];

    // The cached settings serve every page; a section is read from the JSON once per settings load, not per request.
    private readonly ConcurrentDictionary<Type, object> _sections = new();

    /// <summary>The section stored under <c>typeof(T).Name</c>, or a new <typeparamref name="T"/> when there is none or it cannot be read.</summary>
    public T GetSection<T>()
        where T : class, new() => (T)_sections.GetOrAdd(typeof(T), static (_, json) => ReadSection<T>(json), Sections);

    /// <summary>Replaces the section stored under <c>typeof(T).Name</c>.</summary>
    public void SetSection<T>(T value)
        where T : class, new()
    {
        Sections[typeof(T).Name] = JsonSerializer.SerializeToNode(value, SectionJson.Options);
        _sections.TryRemove(typeof(T), out _);
    }

    private static T ReadSection<T>(JsonObject json)
        where T : class, new()
    {
        if (json[typeof(T).Name] is not JsonObject group)
        {
            return new T();
        }

        try
        {
            return group.Deserialize<T>(SectionJson.Options) ?? new T();
        }
        catch (JsonException)
        {
            return new T();
        }
    }

    public IReadOnlyList<string> SupportedCultures
    {
        get => SupportedCulturesValue.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        set => SupportedCulturesValue = string.Join(',', value);
    }
}
