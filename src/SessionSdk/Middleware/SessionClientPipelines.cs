using Microsoft.Extensions.DependencyInjection;

namespace SessionSdk;

/// <summary>
/// The pipeline configuration of one service collection: which <see cref="SessionClientBuilder"/> callbacks apply to which
/// registration, in the order they were given. Kept as one instance in the collection, so <c>AddSessionClients()</c> may be
/// called any number of times and a callback may come before or after the provider it configures.
/// </summary>
internal sealed class SessionClientPipelines
{
    private readonly List<(Func<string?, bool> Applies, Action<SessionClientBuilder> Configure)> _entries = [];

    public static SessionClientPipelines For(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(SessionClientPipelines) && descriptor.ImplementationInstance is SessionClientPipelines existing)
            {
                return existing;
            }
        }

        var pipelines = new SessionClientPipelines();
        services.AddSingleton(pipelines);
        return pipelines;
    }

    /// <summary>Configures one provider registration's pipeline.</summary>
    public void AddForProvider(string registrationName, Action<SessionClientBuilder> configure) =>
        Add(name => string.Equals(name, registrationName, StringComparison.OrdinalIgnoreCase), configure);

    /// <summary>Configures every provider registration's pipeline (not the composite's).</summary>
    public void AddForEveryProvider(Action<SessionClientBuilder> configure) => Add(static name => name is not null, configure);

    /// <summary>Configures the composite client's pipeline.</summary>
    public void AddForComposite(Action<SessionClientBuilder> configure) => Add(static name => name is null, configure);

    /// <summary>Builds a provider's pipeline (<paramref name="registrationName"/>), or the composite's (<see langword="null"/>).</summary>
    public ISessionClient Build(IServiceProvider services, string? registrationName, Func<IServiceProvider, ISessionClient> innerClientFactory)
    {
        (Func<string?, bool> Applies, Action<SessionClientBuilder> Configure)[] entries;
        lock (_entries)
        {
            entries = [.. _entries];
        }

        var builder = new SessionClientBuilder(innerClientFactory);
        foreach (var (applies, configure) in entries)
        {
            if (applies(registrationName))
            {
                configure(builder);
            }
        }

        // Innermost, unless a callback placed them: spans and the one failure line describe what the provider did, and a
        // cache or limiter added with Use sits outside them.
        builder.UseOpenTelemetry();
        builder.UseLogging();
        return builder.Build(services);
    }

    private void Add(Func<string?, bool> applies, Action<SessionClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        lock (_entries)
        {
            _entries.Add((applies, configure));
        }
    }
}
