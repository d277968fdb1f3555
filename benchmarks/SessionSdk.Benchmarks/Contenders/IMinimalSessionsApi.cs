using Refit;

namespace SessionSdk.Benchmarks.Contenders;

/// <summary>A Refit client over the minimal DTO.</summary>
public interface IMinimalSessionsApi
{
    [Get("/api/sessions/{id}")]
    Task<MinimalSession> GetSessionAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>A Refit client over the DTO with every documented field.</summary>
public interface IFullSessionsApi
{
    [Get("/api/sessions/{id}")]
    Task<FullSession> GetSessionAsync(string id, CancellationToken cancellationToken = default);
}
