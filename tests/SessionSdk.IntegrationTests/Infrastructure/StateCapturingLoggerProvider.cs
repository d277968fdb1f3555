using System.Collections;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace SessionSdk.IntegrationTests.Infrastructure;

/// <summary>
/// Captures every log record the way a structured sink would export it: the formatted message and every value of the
/// structured state, enumerated (a header list is written out value by value, not as its type name).
/// </summary>
public sealed class StateCapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _records = new();

    public IReadOnlyList<string> Records => [.. _records];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _records);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            records.Enqueue(category + " scope: " + Describe(state));
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            records.Enqueue($"{category} [{logLevel}] {formatter(state, exception)} | {Describe(state)} | {exception}");

        private static string Describe(object? state)
        {
            var text = new StringBuilder();
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, value) in pairs)
                {
                    text.Append(key).Append('=').Append(Flatten(value)).Append("; ");
                }
            }

            return text.Append(state).ToString();
        }

        private static string Flatten(object? value) => value switch
        {
            null => string.Empty,
            string s => s,
            IEnumerable many => string.Join(",", many.Cast<object?>().Select(Flatten)),
            _ => value.ToString() ?? string.Empty,
        };
    }
}
