namespace Council.Grants.Agenda;

/// <summary>
/// The applications this request is saving while it routes them (scoped): the application's handler routes inside the
/// save, so the <see cref="Council.Meetings.Agenda.AgendaItemRouted"/> that routing publishes must not save them again.
/// </summary>
public sealed class GrantRoutingScope
{
    private readonly HashSet<string> _saving = new(StringComparer.Ordinal);

    public bool IsSaving(string contentItemId) => _saving.Contains(contentItemId);

    /// <summary>Marks the application as being saved until the returned handle is disposed.</summary>
    public IDisposable Saving(string contentItemId) =>
        _saving.Add(contentItemId) ? new Release(_saving, contentItemId) : new Release(null, contentItemId);

    private sealed class Release(HashSet<string>? set, string id) : IDisposable
    {
        public void Dispose() => set?.Remove(id);
    }
}
