// The README's first command: `dotnet run --project samples/SessionSdk.Demo` (add `--serve` to keep the sandbox up).
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SessionSdk.Demo;
using SessionSdk.Sandbox;

var serve = args.Contains("--serve");
var portIndex = Array.IndexOf(args, "--port");
var firstPort = portIndex >= 0 && portIndex + 1 < args.Length ? int.Parse(args[portIndex + 1], CultureInfo.InvariantCulture) : 0;

var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .Build();

if (serve)
{
    return await ServeMode.RunAsync(firstPort, Console.Out);
}

var stopwatch = Stopwatch.StartNew();
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(1));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// Vendors with a section under SessionSdk (appsettings.json or SessionSdk__<Vendor>__… variables) use the real API.
var real = DemoProviders.Vendors.Where(v => configuration.GetSection("SessionSdk:" + v.Section).Exists()).ToList();
var sandboxed = DemoProviders.Vendors.Except(real).ToList();
var sandboxVendors = sandboxed.Aggregate(SandboxVendors.None, (all, v) => all | v.Vendor);

await using var sandbox = sandboxVendors == SandboxVendors.None
    ? null
    : await SessionSandbox.StartAsync(new SessionSandboxOptions { WorkDuration = TimeSpan.FromMilliseconds(500) }, cancellation.Token);
Console.WriteLine(sandbox is null
    ? "Every vendor is configured: using the real APIs, no sandbox."
    : real.Count == 0
        ? $"No vendor configured: using the in-process sandbox on 127.0.0.1 for {Names(sandboxed)} (set e.g. SessionSdk__Kodexa__ApiKey to use a real vendor)."
        : $"Using the real {Names(real)} API and the in-process sandbox for {Names(sandboxed)}.");

var services = new ServiceCollection();
var builder = services.AddSessionClients(configuration.GetSection("SessionSdk"));
if (sandbox is not null)
{
    builder.UseSandbox(sandbox, sandboxVendors);
}

await using var provider = services.BuildServiceProvider();
try
{
    var exitCode = await new DemoWalkthrough(provider, configuration, Console.Out).RunAsync(cancellation.Token);
    Console.WriteLine(exitCode == 0
        ? $"Done in {stopwatch.Elapsed.TotalSeconds:0.0} s."
        : $"Finished in {stopwatch.Elapsed.TotalSeconds:0.0} s with failures (see above).");
    return exitCode;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.WriteLine("Cancelled.");
    return 2;
}

static string Names(IEnumerable<(string Section, SandboxVendors Vendor, string DisplayName)> vendors) =>
    string.Join(", ", vendors.Select(v => v.DisplayName));
