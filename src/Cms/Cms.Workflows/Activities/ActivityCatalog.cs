using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Activities;

/// <summary>
/// The activities the site's modules registered, found by their own name or the Orchard names they answer to, and their
/// texts in the reader's language (each activity's English keys translated with its module's strings).
/// </summary>
public sealed class ActivityCatalog
{
    private readonly Dictionary<string, Activity> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, IStringLocalizer> _localizers = [];
    private readonly IStringLocalizerFactory? _localizerFactory;

    public ActivityCatalog(IEnumerable<Activity> activities, IStringLocalizerFactory? localizerFactory = null)
    {
        _localizerFactory = localizerFactory;
        All = activities.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        foreach (var activity in All)
        {
            _byName[activity.Name] = activity;
        }

        foreach (var activity in All)
        {
            foreach (var alias in activity.OrchardNames)
            {
                _byName.TryAdd(alias, activity);
            }
        }
    }

    public IReadOnlyList<Activity> All { get; }

    /// <summary>The known names, for messages that list them.</summary>
    public IEnumerable<string> Names => _byName.Keys.Order(StringComparer.Ordinal);

    public Activity? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>One of the activity's English keys (its name, a setting's label) in the reader's language; the key itself without translations.</summary>
    public string Text(Activity activity, string key)
    {
        if (key.Length == 0 || _localizerFactory is null)
        {
            return key;
        }

        if (!_localizers.TryGetValue(activity.StringsType, out var localizer))
        {
            localizer = _localizerFactory.Create(activity.StringsType);
            _localizers[activity.StringsType] = localizer;
        }

        return localizer[key].Value;
    }

    public string DisplayNameOf(Activity activity) => Text(activity, activity.DisplayName);

    public string DescriptionOf(Activity activity) => Text(activity, activity.Description);

    public string CategoryOf(Activity activity) => Text(activity, activity.Category);
}
