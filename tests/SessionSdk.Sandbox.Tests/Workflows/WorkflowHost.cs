using SessionSdk.IntegrationTests.Infrastructure;

namespace SessionSdk.Sandbox.Tests.Workflows;

/// <summary>
/// A sandbox and the SDK on one virtual clock: the SDK's waits elapse at once by moving the clock, and the sandbox's
/// asynchronous work (one stage per <see cref="SessionSandboxOptions.WorkDuration"/>) advances with it.
/// </summary>
public sealed class WorkflowHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private WorkflowHost(SessionSandbox sandbox, ServiceProvider services, VirtualTimeProvider time)
    {
        Sandbox = sandbox;
        Services = services;
        Time = time;
    }

    public SessionSandbox Sandbox { get; }

    public ServiceProvider Services { get; }

    public VirtualTimeProvider Time { get; }

    public static TheoryData<SandboxTransport> Transports() => new(SandboxTransport.Loopback, SandboxTransport.InMemory);

    public static async Task<WorkflowHost> StartAsync(SandboxTransport transport, Action<SessionSandboxOptions>? configure = null)
    {
        var time = new VirtualTimeProvider(Start);
        var options = new SessionSandboxOptions { Transport = transport, TimeProvider = time, SeedData = false };
        configure?.Invoke(options);
        var sandbox = await SessionSandbox.StartAsync(options);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSessionClients().UseSandbox(sandbox);
        return new WorkflowHost(sandbox, services.BuildServiceProvider(), time);
    }

    public ISessionClient Client(string provider) => Services.GetRequiredKeyedService<ISessionClient>(provider);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}

/// <summary>An <see cref="IProgress{T}"/> that records synchronously, in order (<see cref="Progress{T}"/> posts later, out of order).</summary>
public sealed class Recorder<T> : IProgress<T>
{
    private readonly List<T> _seen = [];

    public IReadOnlyList<T> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    public void Report(T value)
    {
        lock (_seen)
        {
            _seen.Add(value);
        }
    }
}
