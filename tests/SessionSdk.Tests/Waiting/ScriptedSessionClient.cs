using System.Net;
using SessionSdk.IntegrationTests.Infrastructure;

namespace SessionSdk.Tests.Waiting;

/// <summary>A client whose reads follow a script, on a virtual clock it hands to waits; it records when each read happened.</summary>
internal sealed class ScriptedSessionClient(VirtualTimeProvider time, Func<int, Session> script) : ISessionClient
{
    public SessionClientMetadata Metadata { get; } = new("scripted", "fake.session", new Uri("https://scripted.example"), SessionCapabilities.Get);

    /// <summary>Gets the virtual time of each read since the clock's start.</summary>
    public List<TimeSpan> ReadAt { get; } = [];

    public static Session State(SessionStatus status) => new() { Id = "s1", ProviderName = "scripted", Kind = "fake.session", Status = status };

    public static SessionClientException Unavailable() =>
        new("scripted GetSession failed with HTTP 503.") { ProviderName = "scripted", Operation = "GetSession", StatusCode = HttpStatusCode.ServiceUnavailable, IsTransient = true };

    public Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ReadAt.Add(time.Elapsed);
        return Task.FromResult(script(ReadAt.Count - 1));
    }

    public Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(TimeProvider) ? time : serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;
}
