namespace Cms.Workflows.Activities;

/// <summary>The activities the site's modules registered, found by their own name or the Orchard names they answer to.</summary>
public sealed class ActivityCatalog
{
    private readonly Dictionary<string, Activity> _byName = new(StringComparer.Ordinal);

    public ActivityCatalog(IEnumerable<Activity> activities)
    {
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
}
