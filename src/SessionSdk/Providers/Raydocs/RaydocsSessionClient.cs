using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace SessionSdk.Providers.Raydocs;

/// <summary>
/// <see cref="ISessionClient"/> over Raydocs extraction sessions: get, create (an <c>extraction_template_id</c> is
/// required) and delete. The vendor documents no list and no update, so those throw before any request. Documents,
/// results and batch calls are on the typed APIs, reachable through <see cref="ISessionClient.GetService"/>.
/// </summary>
internal sealed class RaydocsSessionClient : ProviderSessionClient<RaydocsOptions>
{
    /// <summary>The <see cref="CreateSessionRequest.AdditionalProperties"/> key that must name the extraction template.</summary>
    public const string TemplateIdProperty = "extraction_template_id";

    private const SessionCapabilities Capabilities = SessionCapabilities.Get | SessionCapabilities.Create | SessionCapabilities.Delete;

    private readonly Func<IRaydocsExtractionSessionsApi> _api;

    /// <param name="providerName">The registration name.</param>
    /// <param name="api">The registration's cached typed API, as every provider client reaches its own.</param>
    /// <param name="options">The registration's options.</param>
    /// <param name="services">The container: where <see cref="ProviderSessionClient{TOptions}.GetService"/> finds the other typed APIs and the storage uploader.</param>
    public RaydocsSessionClient(string providerName, Func<IRaydocsExtractionSessionsApi> api, RaydocsOptions options, IServiceProvider services)
        : base(
            providerName,
            providerName,
            RaydocsSessionMapper.SessionKind,
            Capabilities,
            options,
            services,
            SessionCacheCodec.For(RaydocsJsonContext.Default.RaydocsExtractionSession, s => RaydocsSessionMapper.ToSession(s, providerName)),
            typeof(IRaydocsExtractionSessionsApi),
            typeof(IRaydocsDocumentsApi),
            typeof(IRaydocsResultsApi),
            typeof(IRaydocsBatchApi),
            typeof(RaydocsStorageUploader))
    {
        _api = api;
    }

    private IRaydocsExtractionSessionsApi Api => _api();

    public override async Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(sessionId);
        var session = await Api.GetSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
        return SessionResponses.Map(session, ProviderName, "GetSession", s => RaydocsSessionMapper.ToSession(s, ProviderName));
    }

    public override Task<SessionPage> GetSessionPageAsync(SessionQuery? query = null, CancellationToken cancellationToken = default) =>
        throw SessionExceptionFactory.NotSupported(Metadata, SessionCapabilities.List, "Raydocs documents no way to list extraction sessions");

    public override async Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        SessionRequests.Reject(request.SessionId is not null, "Raydocs", "CreateSessionRequest.SessionId", "it assigns session ids itself; leave it unset");

        RequireTemplateId(request.AdditionalProperties);
        var body = (JsonObject)request.AdditionalProperties.DeepClone();
        if (request.Name is { } name)
        {
            body["name"] = name;
        }

        if (request.Metadata is { } settings)
        {
            body["settings"] = settings.DeepClone();
        }

        var payload = SessionRequests.FromJson(body, RaydocsJsonContext.Default.RaydocsCreateSessionRequest, nameof(request));
        var created = await Api.CreateSessionAsync(payload, cancellationToken).ConfigureAwait(false);
        return SessionResponses.Map(created, ProviderName, "CreateSession", s => RaydocsSessionMapper.ToSession(s, ProviderName));
    }

    public override Task<Session> UpdateSessionAsync(string sessionId, UpdateSessionRequest request, CancellationToken cancellationToken = default) =>
        throw SessionExceptionFactory.NotSupported(Metadata, SessionCapabilities.Update, "Raydocs documents no way to rename or change an extraction session");

    public override Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        SessionIdGuard.Validate(sessionId);
        return Api.DeleteSessionAsync(sessionId, cancellationToken);
    }

    private static void RequireTemplateId(JsonObject properties)
    {
        var value = properties.TryGetPropertyValue(TemplateIdProperty, out var node) ? node : null;
        if (value is not JsonValue scalar || scalar.GetValueKind() != JsonValueKind.String || string.IsNullOrWhiteSpace(scalar.GetValue<string>()))
        {
            throw new ArgumentException(
                $"Raydocs needs the extraction template to run: set request.AdditionalProperties[\"{TemplateIdProperty}\"] to the template's id (a string).",
                "request");
        }
    }
}
