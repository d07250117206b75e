using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Cms.Contents.Services;

/// <summary>
/// The editor's inputs by form name (<c>{Part}.{Field}.{Property}</c>), either read from a stored item or
/// as posted, and the problems found with them. Re-rendering from this keeps what the user typed.
/// </summary>
public sealed class ContentEditorForm
{
    private readonly Dictionary<string, StringValues> _inputs = new(StringComparer.Ordinal);

    public ContentEditorForm()
    {
    }

    public ContentEditorForm(IFormCollection form)
    {
        foreach (var (key, value) in form)
        {
            _inputs[key] = value;
        }
    }

    /// <summary>First message per form name, in the order found.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string Get(string name) => _inputs.TryGetValue(name, out var value) ? value.ToString() : "";

    public IReadOnlyList<string> GetAll(string name) =>
        _inputs.TryGetValue(name, out var value) ? value.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList() : [];

    public bool Has(string name) => _inputs.ContainsKey(name);

    /// <summary>The posted names that start with <paramref name="prefix"/> (e.g. one input per list item).</summary>
    public IEnumerable<string> NamesStartingWith(string prefix) =>
        _inputs.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal));

    public void Set(string name, StringValues value) => _inputs[name] = value;

    public void AddError(string name, string message) => Errors.TryAdd(name, message);
}
