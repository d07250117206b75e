using System.Collections.Concurrent;
using Cms.Contents.Metadata;
using Cms.Core.Settings;

namespace Cms.Contents.Services;

/// <summary>
/// The rendered bodies of published items' pages, per node (docs/decisions/0028-rendered-content-cache.md): a page
/// body is kept only together with the inputs it was rendered from and served only while all of them are still the
/// current ones, so it can never be stale. Any publish (which replaces the published snapshot, and with it every list
/// of other items), a changed type, template override or site setting starts an empty generation; any committed content
/// change (drafts too: a content picker shows the latest titles) empties it as well.
/// </summary>
public sealed class RenderedContentCache(ContentDefinitionCache definitions, IEnumerable<IContentRenderingState> states)
{
    /// <summary>More bodies than the site has pages and languages; beyond it (query values a crawler invents) the generation starts over.</summary>
    public const int MaxEntries = 2000;

    private readonly IContentRenderingState[] _states = states.ToArray();
    private volatile Generation? _generation;
    private long _serial;

    /// <summary>The current inputs, or null while one of them is not loaded yet (then nothing is kept).</summary>
    public RenderingInputs? Capture(PublishedContentSnapshot snapshot, SiteSettings settings)
    {
        if (definitions.Current is not { } definition)
        {
            return null;
        }

        var current = new object[_states.Length];
        for (var i = 0; i < _states.Length; i++)
        {
            if (_states[i].RenderingState is not { } state)
            {
                return null;
            }

            current[i] = state;
        }

        return new RenderingInputs(snapshot, definition, settings, current, Interlocked.Read(ref _serial));
    }

    /// <summary>A body (<see cref="RenderedContent"/>) or a layout fragment (<see cref="KeptFragment"/>) kept for exactly these inputs.</summary>
    public T? Find<T>(RenderingInputs inputs, string key)
        where T : class =>
        _generation is { } generation && generation.Inputs.SameAs(inputs) && generation.Entries.TryGetValue(key, out var content) ? content as T : null;

    /// <summary>Keeps what was rendered from <paramref name="inputs"/> (captured before it was rendered).</summary>
    public void Add(RenderingInputs inputs, string key, object content)
    {
        var generation = _generation;
        if (generation is null || !generation.Inputs.SameAs(inputs))
        {
            // The old generation goes with everything it holds (the old snapshot included).
            generation = new Generation(inputs);
            _generation = generation;
        }

        if (generation.Entries.Count >= MaxEntries)
        {
            generation.Entries.Clear();
        }

        generation.Entries[key] = content;
    }

    /// <summary>Forgets every body; a render that started before keeps nothing either (its serial is older).</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _serial);
        _generation = null;
    }

    private sealed class Generation(RenderingInputs inputs)
    {
        public RenderingInputs Inputs { get; } = inputs;

        public ConcurrentDictionary<string, object> Entries { get; } = new(StringComparer.Ordinal);
    }
}
