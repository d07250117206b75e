using Cms.Contents.Services;
using Microsoft.AspNetCore.Http;

namespace Cms.Forms.Services;

/// <summary>
/// What the citizen has entered so far, by input name (<c>{Part}.{Field}.{Property}</c>, the names the content
/// drivers read), kept between the steps. Never trusted: every value is validated again when the form is sent.
/// </summary>
public sealed class FormAnswers
{
    public Dictionary<string, string[]> Values { get; set; } = new(StringComparer.Ordinal);

    public string Get(string name) => Values.TryGetValue(name, out var v) && v.Length > 0 ? v[0] : "";

    public IReadOnlyList<string> GetAll(string name) => Values.TryGetValue(name, out var v) ? v : [];

    public void Set(string name, params string[] values) => Values[name] = values;

    /// <summary>Replaces the element's inputs (every name under <paramref name="prefix"/>) with what was posted: an unticked box posts nothing.</summary>
    public void TakePosted(string prefix, IFormCollection posted, IEnumerable<string>? keep = null)
    {
        var kept = new HashSet<string>(keep ?? [], StringComparer.Ordinal);
        foreach (var name in Values.Keys.Where(k => IsUnder(k, prefix) && !kept.Contains(k)).ToList())
        {
            Values.Remove(name);
        }

        foreach (var (name, value) in posted)
        {
            if (IsUnder(name, prefix) && !kept.Contains(name))
            {
                Values[name] = value.Where(v => v is not null).Select(v => v!).ToArray();
            }
        }
    }

    /// <summary>The answers as the content drivers read a posted editor.</summary>
    public ContentEditorForm ToEditorForm()
    {
        var form = new ContentEditorForm();
        foreach (var (name, values) in Values)
        {
            form.Set(name, values);
        }

        return form;
    }

    private static bool IsUnder(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length && name[prefix.Length] == '.';
}
