using Microsoft.Extensions.Logging;

namespace SessionSdk.Sandbox;

/// <summary>
/// How the sandbox behaves: which credentials it accepts, which documented variant of each vendor it serves, and
/// which faults it injects. The defaults give a well-behaved sandbox with seeded data and no faults. The sandbox
/// copies these values when it starts; changing them afterwards has no effect on a running sandbox.
/// </summary>
public sealed class SessionSandboxOptions
{
    /// <summary>Gets or sets the Kodexa API key accepted in <c>x-api-key</c> (or the legacy <c>x-access-token</c>). Default <c>sandbox-kodexa-key</c>.</summary>
    public string KodexaApiKey { get; set; } = "sandbox-kodexa-key";

    /// <summary>Gets or sets the Raydocs personal access token accepted as <c>Authorization: Bearer …</c>. Default <c>rd_live_sandbox</c>.</summary>
    public string RaydocsToken { get; set; } = "rd_live_sandbox";

    /// <summary>Gets or sets the Mobile Next API key accepted as <c>Authorization: Bearer …</c>. Default <c>mob_sandbox</c>.</summary>
    public string MobileNextApiKey { get; set; } = "mob_sandbox";

    /// <summary>
    /// Gets or sets the Mobile Next organization the API key is bound to (used when a request has no
    /// <c>X-Organization-Id</c>). The key is also a member of one more organization, this id plus one, which holds a
    /// few seeded sessions of its own. Must be an integer. Default <c>42</c>.
    /// </summary>
    public string MobileNextOrganizationId { get; set; } = "42";

    /// <summary>Gets or sets which documented Mobile Next session shape is served. Default <see cref="MobileNextSessionShape.Grouped"/>.</summary>
    public MobileNextSessionShape MobileNextShape { get; set; } = MobileNextSessionShape.Grouped;

    /// <summary>
    /// Gets or sets whether the last Mobile Next list page carries <c>"nextCursor": null</c> rather than no
    /// <c>nextCursor</c> at all (the docs allow both). Default <see langword="false"/> (absent).
    /// </summary>
    public bool MobileNextNullCursorAtEnd { get; set; }

    /// <summary>
    /// Gets or sets whether midPilot's <c>GET /api/v1/session/{id}</c> returns the session's <c>data</c> (the docs and
    /// servers up to March 2026) or the newer summary <c>{sessionId, createdAt, updatedAt, message}</c> without it.
    /// Default <see langword="true"/>.
    /// </summary>
    public bool MidPilotIncludeData { get; set; } = true;

    /// <summary>
    /// Gets or sets whether midPilot's <c>PATCH /api/v1/session/{id}</c> exists (older servers). When off it answers
    /// 405 <c>{"detail":"Method Not Allowed"}</c>, like servers since April 2026. Default <see langword="true"/>.
    /// </summary>
    public bool MidPilotPatchEnabled { get; set; } = true;

    /// <summary>Gets or sets a delay added before every response. Default none.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Gets or sets N such that every Nth request to a vendor (counted per vendor, from 1) is answered 503 in that
    /// vendor's error shape, before authentication. 0 turns it off. Default 0.
    /// </summary>
    public int ServiceUnavailableEvery { get; set; }

    /// <summary>
    /// Gets or sets N such that every Nth request to a vendor (counted per vendor, from 1) is answered 429 with
    /// <c>Retry-After</c> (<see cref="RetryAfter"/>), before authentication. Takes precedence over
    /// <see cref="ServiceUnavailableEvery"/> when both hit the same request. 0 turns it off. Default 0.
    /// </summary>
    public int RateLimitEvery { get; set; }

    /// <summary>Gets or sets the wait a 429 asks for, sent as whole seconds (rounded up) in <c>Retry-After</c>. Default 1 s.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets which vendors <see cref="Latency"/>, <see cref="ServiceUnavailableEvery"/> and <see cref="RateLimitEvery"/> apply to. Default all.</summary>
    public SandboxVendors FaultVendors { get; set; } = SandboxVendors.All;

    /// <summary>
    /// Gets or sets whether the sandbox starts with the vendors' documented examples (<see cref="SandboxExampleIds"/>)
    /// and a generated set of a few hundred sessions spread over the six months before <see cref="Now"/> (or before
    /// today's midnight UTC when <see cref="Now"/> is not set). The set comes from a fixed seed, so ids, names and
    /// order are the same on every run. Default <see langword="true"/>.
    /// </summary>
    public bool SeedData { get; set; } = true;

    /// <summary>
    /// Gets or sets a fixed "now". When set, the sandbox's clock starts here and only moves 1 ms forward per write, so
    /// two runs that make the same calls produce byte-identical responses, and asynchronous work finishes at once (time
    /// never passes for it); set <see cref="TimeProvider"/> instead to move time yourself. When <see langword="null"/> (default) the
    /// sandbox uses the system clock; either way, every write gets a distinct, later timestamp than the one before.
    /// </summary>
    public DateTimeOffset? Now { get; set; }

    /// <summary>
    /// Gets or sets the sandbox's clock. When set, every timestamp and every step of asynchronous work follows it, so a
    /// test that shares one <c>FakeTimeProvider</c> between the sandbox and the SDK (registered as its
    /// <see cref="System.TimeProvider"/>) moves both at once, and waits finish without real sleeps; <see cref="Now"/>
    /// is then ignored. <see langword="null"/> (default) uses <see cref="Now"/>, else the system clock.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>
    /// Gets or sets how long each stage of asynchronous work takes on the sandbox's clock: a Raydocs document parses in
    /// one stage and an extraction runs in the next; a Kodexa execution is <c>PENDING</c> for one stage and
    /// <c>RUNNING</c> for one more; a Mobile Next device is <c>allocating</c> for one stage; a midPilot job is
    /// <c>queued</c> for one stage and <c>running</c> for one more. Zero finishes work at once, and so does a frozen
    /// clock (<see cref="Now"/> set without a <see cref="TimeProvider"/>). Default 1 second.
    /// </summary>
    public TimeSpan WorkDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Gets or sets how the vendors are reached: <see cref="SandboxTransport.Loopback"/> (default, Kestrel on
    /// <c>127.0.0.1</c>, reachable by <c>curl</c>) or <see cref="SandboxTransport.InMemory"/> (no sockets; reach it
    /// through <c>UseSandbox(…)</c> or <see cref="SessionSandbox.CreateHttpMessageHandler"/>).
    /// </summary>
    public SandboxTransport Transport { get; set; } = SandboxTransport.Loopback;

    /// <summary>Gets or sets the loopback port for Kodexa; 0 (default) picks a free one.</summary>
    public int KodexaPort { get; set; }

    /// <summary>Gets or sets the loopback port for Raydocs; 0 (default) picks a free one.</summary>
    public int RaydocsPort { get; set; }

    /// <summary>Gets or sets the loopback port for midPilot; 0 (default) picks a free one.</summary>
    public int MidPilotPort { get; set; }

    /// <summary>Gets or sets the loopback port for Mobile Next; 0 (default) picks a free one.</summary>
    public int MobileNextPort { get; set; }

    /// <summary>
    /// Gets or sets a callback that adds logging providers to the sandbox's Kestrel hosts, for example
    /// <c>logging =&gt; logging.AddConsole()</c>. <see langword="null"/> (default) keeps them silent.
    /// </summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }

    internal SessionSandboxOptions Clone() => (SessionSandboxOptions)MemberwiseClone();

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(KodexaApiKey, nameof(KodexaApiKey));
        ArgumentException.ThrowIfNullOrWhiteSpace(RaydocsToken, nameof(RaydocsToken));
        ArgumentException.ThrowIfNullOrWhiteSpace(MobileNextApiKey, nameof(MobileNextApiKey));
        if (!long.TryParse(MobileNextOrganizationId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var organization)
            || organization >= long.MaxValue)
        {
            throw new ArgumentException($"{nameof(MobileNextOrganizationId)} must be a non-negative integer (got '{MobileNextOrganizationId}').", nameof(MobileNextOrganizationId));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(Latency, TimeSpan.Zero, nameof(Latency));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryAfter, TimeSpan.Zero, nameof(RetryAfter));
        ArgumentOutOfRangeException.ThrowIfLessThan(WorkDuration, TimeSpan.Zero, nameof(WorkDuration));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(WorkDuration, TimeSpan.FromDays(1), nameof(WorkDuration));
        if (!Enum.IsDefined(Transport))
        {
            throw new ArgumentOutOfRangeException(nameof(Transport), Transport, "Transport must be Loopback or InMemory.");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(ServiceUnavailableEvery, nameof(ServiceUnavailableEvery));
        ArgumentOutOfRangeException.ThrowIfNegative(RateLimitEvery, nameof(RateLimitEvery));
        foreach (var (port, name) in new[] { (KodexaPort, nameof(KodexaPort)), (RaydocsPort, nameof(RaydocsPort)), (MidPilotPort, nameof(MidPilotPort)), (MobileNextPort, nameof(MobileNextPort)) })
        {
            if (port is < 0 or > 65535)
            {
                throw new ArgumentOutOfRangeException(name, port, $"{name} must be 0 (any free port) or a port number up to 65535.");
            }
        }
    }
}
