using System.Collections.Concurrent;

namespace Cms.Contents.Fields;

/// <summary>
/// Remembers the safe HTML made from a text (sanitizing and Markdown take about a millisecond for a page body, on
/// every page view otherwise). Keyed by the text itself, so an edit is a new key; bounded by the characters held,
/// and emptied when full (simple, and a public page's texts come straight back).
/// </summary>
internal sealed class SafeHtmlCache(int maxChars)
{
    private readonly ConcurrentDictionary<string, string> _entries = new(StringComparer.Ordinal);
    private long _chars;

    public string GetOrAdd(string text, Func<string, string> make)
    {
        if (_entries.TryGetValue(text, out var known))
        {
            return known;
        }

        var made = make(text);
        var size = text.Length + made.Length;
        if (size > maxChars / 16)
        {
            return made;
        }

        if (Interlocked.Add(ref _chars, size) > maxChars)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _chars, size);
        }

        _entries[text] = made;
        return made;
    }
}
