using System.Text.Json.Serialization.Metadata;

namespace SessionSdk.Providers.Kodexa;

/// <summary>
/// One of Kodexa's two session resources, as data the session client reads: where it lives, its vendor type, how it
/// maps, and which public typed APIs a client of it hands out. The two are <see cref="KodexaResources"/>.
/// </summary>
/// <typeparam name="TDto">The vendor's session type.</typeparam>
/// <param name="Route">The path segment after <c>/api/</c>.</param>
/// <param name="Kind">The kind of session, for <see cref="SessionClientMetadata.Kind"/>.</param>
/// <param name="HasMetadata">Whether the resource has a free-form <c>metadata</c> object.</param>
/// <param name="TypeInfo">The session's JSON contract.</param>
/// <param name="PageTypeInfo">The page's JSON contract.</param>
/// <param name="Version">The session's <c>changeSequence</c>.</param>
/// <param name="ToSession">The mapper: session, provider name, now.</param>
/// <param name="PublicApis">The typed Refit APIs of this resource.</param>
internal sealed record KodexaResource<TDto>(
    string Route,
    string Kind,
    bool HasMetadata,
    JsonTypeInfo<TDto> TypeInfo,
    JsonTypeInfo<KodexaPage<TDto>> PageTypeInfo,
    Func<TDto, int?> Version,
    Func<TDto, string, DateTimeOffset, Session> ToSession,
    Type[] PublicApis)
    where TDto : class;
