using SessionSdk.Sandbox;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Points SessionSdk's providers at a running <see cref="SessionSandbox"/>.</summary>
public static class SessionSandboxClientsBuilderExtensions
{
    // One entry per provider: which sandbox vendor it talks to, how it is registered against the sandbox, and the
    // HttpClient names that reach the vendor (their transport is the sandbox's own when it runs in memory).
    private static readonly (SandboxVendors Vendor, Action<SessionClientsBuilder, SessionSandbox> Add, string[] HttpClients)[] Providers =
    [
        (SandboxVendors.Kodexa, static (builder, sandbox) => builder.AddKodexa(o => { o.ApiKey = sandbox.KodexaApiKey; o.BaseAddress = sandbox.KodexaBaseAddress; }),
            [SessionClientsBuilder.GetHttpClientName(KodexaSessionClientsBuilderExtensions.DefaultName)]),
        (SandboxVendors.Raydocs, static (builder, sandbox) => builder.AddRaydocs(o => { o.Token = sandbox.RaydocsToken; o.BaseAddress = sandbox.RaydocsBaseAddress; }),
            [SessionClientsBuilder.GetHttpClientName(RaydocsSessionClientsBuilderExtensions.DefaultName), RaydocsSessionClientsBuilderExtensions.GetStorageHttpClientName(RaydocsSessionClientsBuilderExtensions.DefaultName)]),
        (SandboxVendors.MidPilot, static (builder, sandbox) => builder.AddMidPilot(o => { o.BaseAddress = sandbox.MidPilotBaseAddress; }),
            [SessionClientsBuilder.GetHttpClientName(MidPilotSessionClientsBuilderExtensions.DefaultName)]),
        (SandboxVendors.MobileNext, static (builder, sandbox) => builder.AddMobileNext(o => { o.ApiKey = sandbox.MobileNextApiKey; o.OrganizationId = sandbox.MobileNextOrganizationId; o.BaseAddress = sandbox.MobileNextBaseAddress; }),
            [SessionClientsBuilder.GetHttpClientName(MobileNextSessionClientsBuilderExtensions.DefaultName)]),
    ];

    /// <summary>
    /// Registers every provider this build of SessionSdk has against the sandbox, under the providers' default names
    /// (<c>kodexa</c> and <c>kodexa-agents</c>, …), with the sandbox's base addresses and credentials — and, when the
    /// sandbox runs <see cref="SandboxTransport.InMemory"/>, with its in-memory transport in place of sockets. Register
    /// real vendors for the providers you leave out.
    /// </summary>
    /// <param name="builder">The SDK builder, from <c>services.AddSessionClients()</c>.</param>
    /// <param name="sandbox">The running sandbox.</param>
    /// <param name="vendors">The vendors to wire to the sandbox; default all. Leave a vendor out to register the real one yourself.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="InvalidOperationException">A provider of one of <paramref name="vendors"/> is already registered under its default name.</exception>
    public static SessionClientsBuilder UseSandbox(this SessionClientsBuilder builder, SessionSandbox sandbox, SandboxVendors vendors = SandboxVendors.All)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sandbox);
        var inMemory = sandbox.Options.Transport == SandboxTransport.InMemory;
        foreach (var (vendor, add, httpClients) in Providers)
        {
            if ((vendors & vendor) == 0)
            {
                continue;
            }

            add(builder, sandbox);
            foreach (var name in inMemory ? httpClients : [])
            {
                builder.Services.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(sandbox.CreateHttpMessageHandler);
            }
        }

        return builder;
    }

    /// <summary>
    /// Registers the providers whose vendor passes <paramref name="predicate"/> against the sandbox, for example
    /// <c>UseSandbox(sandbox, v =&gt; v != SandboxVendors.Raydocs)</c> to keep the real Raydocs.
    /// </summary>
    /// <param name="builder">The SDK builder, from <c>services.AddSessionClients()</c>.</param>
    /// <param name="sandbox">The running sandbox.</param>
    /// <param name="predicate">Called once per vendor (a single flag); return <see langword="true"/> to wire it to the sandbox.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="InvalidOperationException">A selected provider is already registered under its default name.</exception>
    public static SessionClientsBuilder UseSandbox(this SessionClientsBuilder builder, SessionSandbox sandbox, Func<SandboxVendors, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var selected = SandboxVendors.None;
        foreach (var vendor in new[] { SandboxVendors.Kodexa, SandboxVendors.Raydocs, SandboxVendors.MidPilot, SandboxVendors.MobileNext })
        {
            if (predicate(vendor))
            {
                selected |= vendor;
            }
        }

        return builder.UseSandbox(sandbox, selected);
    }
}
