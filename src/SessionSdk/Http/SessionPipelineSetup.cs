namespace SessionSdk;

/// <summary>
/// What a provider registration's named <see cref="HttpClient"/> is built from, kept under that client's name: the
/// registration's options, and what goes between IHttpClientFactory's last handler and the socket.
/// </summary>
/// <param name="Options">Reads the registration's options.</param>
/// <param name="Credential">Builds the registration's credential handler, or <see langword="null"/> for a vendor without auth.</param>
internal sealed record SessionPipelineSetup(Func<IServiceProvider, SessionProviderOptions> Options, Func<IServiceProvider, CredentialHandler>? Credential);
