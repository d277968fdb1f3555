// What a new user does first, through the installed packages only: create, get, list, a typed 404 and a
// circuit-open error against the sandbox. Exit code 0 only when every step behaved as documented.
using Microsoft.Extensions.DependencyInjection;
using SessionSdk;
using SessionSdk.Sandbox;

var failures = 0;
void Check(bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
    failures += ok ? 0 : 1;
}

await using var sandbox = await SessionSandbox.StartAsync();
await using var failing = await SessionSandbox.StartAsync(new SessionSandboxOptions
{
    ServiceUnavailableEvery = 1,              // every midPilot request answers 503
    FaultVendors = SandboxVendors.MidPilot,
    SeedData = false,
});

var services = new ServiceCollection();
services.AddSessionClients()
    .UseSandbox(sandbox, v => v != SandboxVendors.MidPilot)
    .AddMidPilot(o =>
    {
        o.BaseAddress = failing.MidPilotBaseAddress;
        o.MaxRetries = 0;
        o.CircuitBreakerMinimumThroughput = 2;
    });
await using var provider = services.BuildServiceProvider();

var kodexa = provider.GetRequiredKeyedService<ISessionClient>("kodexa");
var created = await kodexa.CreateSessionAsync(new CreateSessionRequest());
Check(!string.IsNullOrEmpty(created.Id) && created.ProviderName == "kodexa", $"create: {created.QualifiedId}");

var read = await kodexa.GetSessionAsync(created.Id);
Check(read.Id == created.Id, $"get: {read.Id} {read.Status}");

var listed = 0;
await foreach (var session in provider.GetRequiredService<ISessionClient>().ListSessionsAsync(new SessionQuery { PageSize = 20 }))
{
    if (++listed == 50) break;
}
Check(listed == 50, $"list across providers: {listed} sessions");

try
{
    await kodexa.GetSessionAsync("00000000-0000-4000-8000-000000000000");
    Check(false, "typed 404: no exception");
}
catch (SessionNotFoundException e)
{
    Check(e.StatusCode == System.Net.HttpStatusCode.NotFound && e.ProviderName == "kodexa", $"typed 404: {e.GetType().Name}");
}

var midpilot = provider.GetRequiredKeyedService<ISessionClient>("midpilot");
Exception? last = null;
for (var i = 0; i < 5 && last is not SessionCircuitOpenException; i++)
{
    try
    {
        await midpilot.GetSessionAsync("00000000-0000-4000-8000-000000000001");
    }
    catch (SessionClientException e)
    {
        last = e;
    }
}

Check(last is SessionCircuitOpenException { IsTransient: true }, $"circuit open: {last?.GetType().Name}");
Console.WriteLine(failures == 0 ? "Consumer check passed." : $"Consumer check: {failures} step(s) failed.");
return failures == 0 ? 0 : 1;
