using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LtkSite.Testing;

public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? "" : " — " + Exception.GetType().Name + ": " + Exception.Message)}";
}

/// <summary>
/// Captures what the site logs at Warning or above. A test that expects a warning says so with
/// <see cref="Expect"/>; anything else fails the test when it ends (see <see cref="AssertNoUnexpected"/>).
/// </summary>
public sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private readonly List<Func<LogEntry, bool>> _expected = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToList();

    /// <summary>Everything logged at any level, for tests that check a message was (or was not) written.</summary>
    public IReadOnlyList<LogEntry> All => _all.ToList();

    private readonly ConcurrentQueue<LogEntry> _all = new();

    public void Expect(Func<LogEntry, bool> predicate)
    {
        lock (_lock)
        {
            _expected.Add(predicate);
        }
    }

    public void ExpectContaining(string text) => Expect(e => e.Message.Contains(text, StringComparison.OrdinalIgnoreCase));

    /// <summary>Throws when a warning or error was logged that no test expected; then starts afresh.</summary>
    public void AssertNoUnexpected()
    {
        List<LogEntry> unexpected;
        lock (_lock)
        {
            unexpected = [];
            while (_entries.TryDequeue(out var entry))
            {
                if (!_expected.Any(e => e(entry)))
                {
                    unexpected.Add(entry);
                }
            }

            _expected.Clear();
        }

        if (unexpected.Count > 0)
        {
            throw new Xunit.Sdk.XunitException("The site logged warnings or errors the test did not expect:\n" + string.Join("\n", unexpected));
        }
    }

    public ILogger CreateLogger(string categoryName) => new SinkLogger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(LogEntry entry)
    {
        _all.Enqueue(entry);
        if (entry.Level >= LogLevel.Warning)
        {
            _entries.Enqueue(entry);
        }
    }

    private sealed class SinkLogger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                sink.Add(new LogEntry(category, logLevel, formatter(state, exception), exception));
            }
        }
    }
}
