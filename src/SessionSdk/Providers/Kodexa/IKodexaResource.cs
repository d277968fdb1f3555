using System.Text.Json.Serialization.Metadata;

namespace SessionSdk.Providers.Kodexa;

/// <summary>One Kodexa session resource (sessions, or orchestrator-agent sessions) behind one shape, so a single client serves both.</summary>
/// <typeparam name="TDto">The vendor's session type.</typeparam>
internal interface IKodexaResource<TDto>
    where TDto : class
{
    string Kind { get; }

    JsonTypeInfo<TDto> TypeInfo { get; }

    /// <summary>Gets whether the resource has a free-form <c>metadata</c> object.</summary>
    bool HasMetadata { get; }

    /// <summary>Gets a typed Refit API instance of <paramref name="serviceType"/>, or null, for <see cref="ISessionClient.GetService"/>.</summary>
    object? CreateApi(Type serviceType);

    /// <summary>Reads one session; <see langword="null"/> when the body is empty.</summary>
    Task<TDto?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Reads one page; <see langword="null"/> when the body is empty.</summary>
    Task<KodexaPage<TDto>?> ListAsync(int? page, int? pageSize, IEnumerable<string>? sort, string? filter, string? query, CancellationToken cancellationToken);

    Task<TDto> CreateAsync(TDto session, CancellationToken cancellationToken);

    Task<TDto> UpdateAsync(string id, TDto session, CancellationToken cancellationToken);

    Task DeleteAsync(string id, CancellationToken cancellationToken);

    int? GetVersion(TDto session);

    Session Map(TDto session, string providerName, DateTimeOffset now);
}
