using System.Collections;
using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace SessionSdk.IntegrationTests.Faults;

/// <summary>With a canary key and session token, every fault case logged at Trace: the canary appears nowhere.</summary>
public sealed class SecretsTests
{
    private static readonly string[] Canaries = Forms(FaultProvider.CanaryKey).Concat(Forms(FaultProvider.CanaryToken)).ToArray();

    public static TheoryData<FaultProvider> Providers() => new(FaultProvider.All);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task EveryFaultAtTrace_LeaksNoSecretIntoLogsOrExceptions(FaultProvider provider)
    {
        var collector = new FakeLogCollector();
        var texts = new List<string>();
        foreach (var fault in Fault.All)
        {
            using var run = FaultRun.Start(
                provider,
                (time, ct) => fault.Behave(time, provider, ct),
                logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
            foreach (var call in new[] { provider.Safe, provider.Unsafe })
            {
                try
                {
                    await call(run.Client, CancellationToken.None);
                }
                catch (Exception e)
                {
                    texts.Add(Describe(e));
                }
            }
        }

        // And a success, whose body carries the session token.
        using (var ok = FaultRun.Start(
            provider,
            (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(provider.ValidSessionJson, Encoding.UTF8, "application/json") }),
            logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector))))
        {
            var session = await ok.Client.GetSessionAsync("3c90c3cc-0d44-4b50-8888-8dd25736052a");
            texts.Add(session.ToString());
            texts.AddRange(session.AdditionalProperties.Select(p => p.Value.GetRawText()));
            texts.AddRange(session.Metadata?.Select(p => p.Value.GetRawText()) ?? []);
            texts.Add(session.RawRepresentation?.ToString() ?? string.Empty);
        }

        var records = collector.GetSnapshot();
        Assert.NotEmpty(records);
        Assert.Contains(records, r => r.Category == "SessionSdk.Client" && r.Level == LogLevel.Warning);
        Assert.Contains(records, r => r.Category == "SessionSdk.Http" && r.Level == LogLevel.Debug);
        Assert.Contains(records, r => r.Category?.StartsWith("Polly", StringComparison.Ordinal) == true);
        texts.AddRange(records.Select(r => r.Message + " " + string.Join(";", r.StructuredState?.Select(s => s.Key + "=" + s.Value) ?? []) + " " + r.Exception));
        foreach (var text in texts)
        {
            foreach (var canary in Canaries)
            {
                Assert.DoesNotContain(canary, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void NoPublicExceptionExposesARequestOrARefitException()
    {
        var exceptionTypes = typeof(SessionClientException).Assembly.GetExportedTypes().Where(t => typeof(Exception).IsAssignableFrom(t));
        foreach (var type in exceptionTypes)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                Assert.False(typeof(HttpRequestMessage).IsAssignableFrom(property.PropertyType), $"{type.Name}.{property.Name}");
                Assert.False(typeof(HttpResponseMessage).IsAssignableFrom(property.PropertyType), $"{type.Name}.{property.Name}");
                Assert.DoesNotContain("Refit", property.PropertyType.FullName ?? string.Empty, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>Everything a logger or telemetry exporter could read off an exception, down its inner chain.</summary>
    private static string Describe(Exception e)
    {
        var builder = new StringBuilder(e.ToString());
        for (var current = e; current is not null; current = current.InnerException)
        {
            Assert.DoesNotContain("Refit", current.GetType().FullName!, StringComparison.Ordinal);
            foreach (DictionaryEntry entry in current.Data)
            {
                builder.Append(entry.Key).Append('=').Append(entry.Value);
            }

            foreach (var property in current.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length == 0 && property.Name is not nameof(Exception.TargetSite))
                {
                    builder.Append(' ').Append(property.GetValue(current));
                }
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Forms(string secret) =>
    [
        secret,
        Uri.EscapeDataString(secret),
        Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)),
        Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)).TrimEnd('='),
    ];
}
