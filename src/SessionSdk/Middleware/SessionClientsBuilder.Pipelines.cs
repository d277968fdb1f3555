using SessionSdk;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The middleware pipelines of the registered clients.</summary>
public sealed partial class SessionClientsBuilder
{
    /// <summary>
    /// Adds middleware to one provider registration's client — what the keyed <see cref="ISessionClient"/>,
    /// <see cref="ISessionClientProvider"/> and the composite client hand out for that name. The registration may be added
    /// before or after this call.
    /// </summary>
    /// <param name="registrationName">The provider registration name, for example <c>kodexa</c> or <c>kodexa-agents</c> (case-insensitive).</param>
    /// <param name="configure">Adds layers with <see cref="SessionClientBuilder.Use(Func{ISessionClient, IServiceProvider, ISessionClient})"/>; the first added is the outermost.</param>
    /// <returns>This builder.</returns>
    public SessionClientsBuilder ConfigureClient(string registrationName, Action<SessionClientBuilder> configure)
    {
        ValidateName(registrationName);
        ArgumentNullException.ThrowIfNull(configure);
        SessionClientPipelines.For(Services).AddForProvider(registrationName, configure);
        return this;
    }

    /// <summary>
    /// Adds middleware to every provider registration's client, those added before this call and after it. The composite
    /// client routes each call to a provider's client, so the middleware sees composite calls too, once, as that provider's.
    /// </summary>
    /// <param name="configure">
    /// Adds layers; called once per registration when its client is first resolved (the inner client's
    /// <see cref="ISessionClient.Metadata"/> tells which provider a layer wraps).
    /// </param>
    /// <returns>This builder.</returns>
    public SessionClientsBuilder ConfigureClients(Action<SessionClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        SessionClientPipelines.For(Services).AddForEveryProvider(configure);
        return this;
    }

    /// <summary>
    /// Adds middleware to the composite client — the non-keyed <see cref="ISessionClient"/> over every provider — around
    /// its routing and merging, outside the providers' own pipelines.
    /// </summary>
    /// <param name="configure">Adds layers; the first added is the outermost.</param>
    /// <returns>This builder.</returns>
    public SessionClientsBuilder ConfigureCompositeClient(Action<SessionClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        SessionClientPipelines.For(Services).AddForComposite(configure);
        return this;
    }
}
