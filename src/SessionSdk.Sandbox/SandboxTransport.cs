namespace SessionSdk.Sandbox;

/// <summary>How the sandbox's vendors are reached (<see cref="SessionSandboxOptions.Transport"/>).</summary>
public enum SandboxTransport
{
    /// <summary>One Kestrel listener per vendor on <c>127.0.0.1</c>: real sockets, reachable by <c>curl</c> and other processes.</summary>
    Loopback = 0,

    /// <summary>
    /// In memory, through an <see cref="HttpMessageHandler"/>: no sockets and no ports, for unit-test suites that run
    /// thousands of workflows. The base addresses are <c>https://{vendor}.sandbox.invalid/</c>, reachable only through
    /// <c>UseSandbox(…)</c> or <see cref="SessionSandbox.CreateHttpMessageHandler"/>.
    /// </summary>
    InMemory = 1,
}
