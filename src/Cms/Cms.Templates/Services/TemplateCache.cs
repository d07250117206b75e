using System.Collections.Concurrent;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Templates.Models;
using Fluid;
using Microsoft.EntityFrameworkCore;

namespace Cms.Templates.Services;

/// <summary>A template ready to render, with where it came from.</summary>
public sealed record ResolvedTemplate(string Name, TemplateSource Source, IFluidTemplate Template);

/// <summary>
/// Parsed templates, parsed once: the shipped ones for the life of the process, the overrides until one is
/// saved or deleted (then all overrides are read again on the next render, which is rare and cheap).
/// </summary>
public sealed class TemplateCache(ThemeTemplates shipped, LiquidEngine engine) : IContentRenderingState, IDisposable
{
    private readonly ConcurrentDictionary<string, ResolvedTemplate?> _shipped = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Dictionary<string, ResolvedTemplate>? _overrides;
    private int _generation;

    /// <summary>The loaded overrides: a new dictionary after every change, null until they are read again.</summary>
    public object? RenderingState => _overrides;

    /// <summary>The first of <paramref name="names"/> that exists: its override, else its theme file, else its default.</summary>
    public async Task<ResolvedTemplate?> ResolveAsync(IEnumerable<string> names, LtkDbContext db, CancellationToken cancellationToken)
    {
        var overrides = _overrides ?? await LoadOverridesAsync(db, cancellationToken);
        foreach (var name in names)
        {
            if (overrides.TryGetValue(name, out var custom))
            {
                return custom;
            }

            if (_shipped.GetOrAdd(name, Shipped) is { } template)
            {
                return template;
            }
        }

        return null;
    }

    /// <summary>Called after an override is saved or deleted (after the database has it).</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _overrides = null;
    }

    public void Dispose() => _loading.Dispose();

    private ResolvedTemplate? Shipped(string name) =>
        shipped.Find(name) is { } found && engine.TryParse(found.Text, out var template, out _)
            ? new ResolvedTemplate(name, found.Source, template!)
            : null;

    private async Task<Dictionary<string, ResolvedTemplate>> LoadOverridesAsync(LtkDbContext db, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_overrides is { } loaded)
            {
                return loaded;
            }

            var generation = Volatile.Read(ref _generation);
            var rows = await db.Set<TemplateOverride>().AsNoTracking().ToListAsync(cancellationToken);
            var parsed = new Dictionary<string, ResolvedTemplate>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                // Saving validates, so a stored override parses; one that does not is skipped rather than breaking pages.
                if (engine.TryParse(row.Content, out var template, out _))
                {
                    parsed[row.Name] = new ResolvedTemplate(row.Name, TemplateSource.Override, template!);
                }
            }

            if (generation == Volatile.Read(ref _generation))
            {
                _overrides = parsed;
            }

            return parsed;
        }
        finally
        {
            _loading.Release();
        }
    }
}
