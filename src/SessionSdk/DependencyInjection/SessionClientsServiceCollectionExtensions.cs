using Microsoft.Extensions.Configuration;
using SessionSdk;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers SessionSdk in a service collection.</summary>
public static class SessionClientsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the SDK's core services (<see cref="ISessionClientProvider"/>, and the composite client
    /// <see cref="CompositeSessionClient"/> as the non-keyed <see cref="ISessionClient"/>) and returns a builder to add providers with,
    /// for example <c>services.AddSessionClients().AddKodexa(o =&gt; o.ApiKey = "…")</c>. Safe to call more than once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder for adding providers.</returns>
    public static SessionClientsBuilder AddSessionClients(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        SessionClientsBuilder.AddCore(services);
        return new SessionClientsBuilder(services);
    }

    /// <summary>
    /// Adds the SDK and every provider that has a section under <paramref name="configuration"/>
    /// (for example <c>SessionSdk:Kodexa</c>, <c>SessionSdk:Raydocs</c>), bound to that provider's options; the
    /// section <c>SessionSdk:Composite</c>, when present, binds <see cref="CompositeSessionClientOptions"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The SDK's configuration section, usually <c>configuration.GetSection("SessionSdk")</c>.</param>
    /// <returns>A builder for adding more providers.</returns>
    public static SessionClientsBuilder AddSessionClients(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddSessionClients();
        var composite = configuration.GetSection("Composite");
        if (composite.Exists())
        {
            services.AddOptions<CompositeSessionClientOptions>().Bind(composite);
        }

        SessionClientsConfiguration.AddConfiguredProviders(builder, configuration);
        return builder;
    }
}
