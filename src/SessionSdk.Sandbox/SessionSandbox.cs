using SessionSdk.Sandbox.Hosting;
using SessionSdk.Sandbox.Kodexa;
using SessionSdk.Sandbox.MidPilot;
using SessionSdk.Sandbox.MobileNext;
using SessionSdk.Sandbox.Raydocs;

namespace SessionSdk.Sandbox;

/// <summary>
/// A local, in-process stand-in for the vendors' session APIs, in the spirit of stripe-mock or Azurite: each vendor
/// is served by its own Kestrel listener on <c>127.0.0.1</c>, at the root of its own port (or in memory, see
/// <see cref="SessionSandboxOptions.Transport"/>), with exactly the documented paths, status codes, envelopes and error
/// bodies. Asynchronous work (parsing, extractions, executions, allocations, jobs) advances on the sandbox's clock
/// (<see cref="SessionSandboxOptions.TimeProvider"/>). A route the sandbox does not serve answers 501 Not Implemented
/// in the vendor's error shape, so it never reads as a missing session. It keeps state in memory (what you create can be read,
/// changed, listed and deleted), starts seeded with the vendors' documented examples and a repeatable generated set,
/// and can inject latency, 503s and 429s. Wire the SDK to it with
/// <c>services.AddSessionClients().UseSandbox(sandbox)</c>, or point <c>curl</c> at the base addresses.
/// </summary>
/// <remarks>Thread-safe. Dispose it to stop the listeners; nothing is written to disk.</remarks>
public sealed class SessionSandbox : IAsyncDisposable
{
    private readonly SessionSandboxOptions _options;
    private readonly IReadOnlyList<VendorHost> _hosts;
    private int _disposed;

    private SessionSandbox(SessionSandboxOptions options, IReadOnlyList<VendorHost> hosts)
    {
        _options = options;
        _hosts = hosts;
    }

    /// <summary>Gets Kodexa's base address, <c>http://127.0.0.1:{port}/</c>; the API is under <c>/api/sessions</c> and <c>/api/orchestrator-agent-sessions</c>.</summary>
    public Uri KodexaBaseAddress => GetBaseAddress(SandboxVendors.Kodexa);

    /// <summary>Gets the Kodexa API key the sandbox accepts (<see cref="SessionSandboxOptions.KodexaApiKey"/>).</summary>
    public string KodexaApiKey => _options.KodexaApiKey;

    /// <summary>Gets Raydocs' base address, <c>http://127.0.0.1:{port}/</c>; the API is under <c>/extractions/…</c>.</summary>
    public Uri RaydocsBaseAddress => GetBaseAddress(SandboxVendors.Raydocs);

    /// <summary>Gets the Raydocs token the sandbox accepts (<see cref="SessionSandboxOptions.RaydocsToken"/>).</summary>
    public string RaydocsToken => _options.RaydocsToken;

    /// <summary>Gets midPilot's base address, <c>http://127.0.0.1:{port}/</c>; the API is under <c>/api/v1/session</c>. midPilot has no authentication.</summary>
    public Uri MidPilotBaseAddress => GetBaseAddress(SandboxVendors.MidPilot);

    /// <summary>Gets Mobile Next's base address, <c>http://127.0.0.1:{port}/</c>; the API is under <c>/api/v1/sessions</c>.</summary>
    public Uri MobileNextBaseAddress => GetBaseAddress(SandboxVendors.MobileNext);

    /// <summary>Gets the Mobile Next API key the sandbox accepts (<see cref="SessionSandboxOptions.MobileNextApiKey"/>).</summary>
    public string MobileNextApiKey => _options.MobileNextApiKey;

    /// <summary>Gets the Mobile Next organization the API key is bound to (<see cref="SessionSandboxOptions.MobileNextOrganizationId"/>).</summary>
    public string MobileNextOrganizationId => _options.MobileNextOrganizationId;

    /// <summary>Gets a copy of the options the sandbox runs with.</summary>
    public SessionSandboxOptions Options => _options.Clone();

    /// <summary>Starts the sandbox: one listener per vendor, seeded unless <see cref="SessionSandboxOptions.SeedData"/> is off.</summary>
    /// <param name="options">How the sandbox behaves; <see langword="null"/> for the defaults. The values are copied.</param>
    /// <param name="cancellationToken">Cancels the start-up.</param>
    /// <returns>The running sandbox; dispose it to stop it.</returns>
    /// <exception cref="ArgumentException">An option is invalid (an empty credential, a negative delay, a bad port); the message names it.</exception>
    /// <exception cref="IOException">A fixed port is already in use.</exception>
    public static async Task<SessionSandbox> StartAsync(SessionSandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        var snapshot = (options ?? new SessionSandboxOptions()).Clone();
        snapshot.Validate();

        var clock = new SandboxClock(snapshot.Now, snapshot.TimeProvider, snapshot.WorkDuration);
        (SandboxVendor Vendor, int Port)[] vendors =
        [
            (new KodexaVendor(snapshot, clock), snapshot.KodexaPort),
            (new RaydocsVendor(snapshot, clock), snapshot.RaydocsPort),
            (new MidPilotVendor(snapshot, clock), snapshot.MidPilotPort),
            (new MobileNextVendor(snapshot, clock), snapshot.MobileNextPort),
        ];
        if (snapshot.SeedData)
        {
            foreach (var (vendor, _) in vendors)
            {
                vendor.Seed();
            }
        }

        var starts = vendors.Select(v => VendorHost.StartAsync(v.Vendor, v.Port, snapshot, cancellationToken)).ToArray();
        try
        {
            await Task.WhenAll(starts).ConfigureAwait(false);
        }
        catch
        {
            foreach (var start in starts.Where(s => s.IsCompletedSuccessfully))
            {
                await start.Result.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        return new SessionSandbox(snapshot, starts.Select(s => s.Result).ToArray());
    }

    /// <summary>Gets the base address of one vendor.</summary>
    /// <param name="vendor">Exactly one vendor.</param>
    /// <returns>The vendor's root address, <c>http://127.0.0.1:{port}/</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="vendor"/> is not exactly one vendor.</exception>
    public Uri GetBaseAddress(SandboxVendors vendor) =>
        _hosts.FirstOrDefault(h => h.Vendor.Vendor == vendor)?.BaseAddress
        ?? throw new ArgumentException($"'{vendor}' is not a single vendor; pass one of Kodexa, Raydocs, MidPilot, MobileNext.", nameof(vendor));

    /// <summary>
    /// Creates an <see cref="HttpMessageHandler"/> that reaches the sandbox's vendors by their base addresses: in memory
    /// (no sockets) on <see cref="SandboxTransport.InMemory"/>, over loopback otherwise. <c>UseSandbox(…)</c> wires the
    /// SDK's clients to it; use it yourself for a plain <see cref="HttpClient"/> (it follows no redirects).
    /// </summary>
    /// <returns>A new handler; the caller owns it. Disposing it leaves the sandbox running.</returns>
    public HttpMessageHandler CreateHttpMessageHandler() =>
        _options.Transport == SandboxTransport.InMemory
            ? new InMemoryRoutingHandler(_hosts)
            : new SocketsHttpHandler { AllowAutoRedirect = false };

    /// <summary>Stops every listener. Safe to call more than once.</summary>
    /// <returns>A task that completes when the listeners have stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await Task.WhenAll(_hosts.Select(h => h.DisposeAsync().AsTask())).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"SessionSandbox (Kodexa {KodexaBaseAddress}, Raydocs {RaydocsBaseAddress}, midPilot {MidPilotBaseAddress}, Mobile Next {MobileNextBaseAddress})";
}
