using System.Net;
using System.Runtime.CompilerServices;

namespace SessionSdk.IntegrationTests.Infrastructure;

/// <summary>
/// Chaos for the whole integration suite (set SESSIONSDK_TEST_FIRST_ATTEMPT_503=1): the first attempt of every
/// GET or HEAD fails with a 503 before it reaches the server, so each test also proves its call survives a retry;
/// and any POST, PUT, PATCH or DELETE sent twice is recorded as a violation, failing the test at dispose.
/// One handler per pipeline (a handler can sit in only one chain), all sharing one <see cref="State"/>; a pipeline whose
/// registration takes no retries (<c>MaxRetries = 0</c> or <c>UseResilience = false</c>) gets no injected failures.
/// </summary>
public sealed class FirstAttemptFailureHandler(FirstAttemptFailureHandler.State state, bool retriesAllowed) : DelegatingHandler
{
    public static bool EnabledByEnvironment => Environment.GetEnvironmentVariable("SESSIONSDK_TEST_FIRST_ATTEMPT_503") == "1";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var firstSighting = state.Seen.TryAdd(request, new object());
        var safe = request.Method == HttpMethod.Get || request.Method == HttpMethod.Head;
        if (!safe && !firstSighting && !request.Headers.Contains(SessionRequestContext.IdempotencyKeyHeader))
        {
            state.AddViolation($"{request.Method} {request.RequestUri} was sent more than once");
        }

        if (safe && firstSighting && retriesAllowed)
        {
            Interlocked.Increment(ref state.InjectedCount);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            {
                RequestMessage = request,
                Content = new StringContent("""{"message":"injected first-attempt failure"}"""),
            });
        }

        return base.SendAsync(request, cancellationToken);
    }

    public sealed class State
    {
        private readonly List<string> _violations = [];
        internal int InjectedCount;

        internal ConditionalWeakTable<HttpRequestMessage, object> Seen { get; } = [];

        public int Injected => Volatile.Read(ref InjectedCount);

        public IReadOnlyList<string> Violations
        {
            get
            {
                lock (_violations)
                {
                    return [.. _violations];
                }
            }
        }

        internal void AddViolation(string violation)
        {
            lock (_violations)
            {
                _violations.Add(violation);
            }
        }
    }
}
