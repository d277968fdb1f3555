using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace SessionSdk.Sandbox.Hosting;

/// <summary>
/// One Kestrel listener on loopback serving one vendor at the root of its own port, so every vendor's paths are
/// exactly the documented ones (Kodexa <c>/api/sessions</c>, midPilot <c>/api/v1/session</c>, Mobile Next
/// <c>/api/v1/sessions</c> would collide under a shared host). With <see cref="SandboxTransport.InMemory"/> the same
/// application runs on an in-memory server instead, at <c>https://{vendor}.sandbox.invalid/</c>.
/// </summary>
internal sealed class VendorHost : IAsyncDisposable
{
    private readonly SessionSandboxOptions _options;
    private WebApplication? _app;
    private long _requestCount;

    private VendorHost(SandboxVendor vendor, SessionSandboxOptions options)
    {
        Vendor = vendor;
        _options = options;
    }

    public SandboxVendor Vendor { get; }

    /// <summary>Gets the root address, <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Gets the in-memory server, or <see langword="null"/> on the loopback transport.</summary>
    public TestServer? InMemoryServer { get; private set; }

    public static async Task<VendorHost> StartAsync(SandboxVendor vendor, int port, SessionSandboxOptions options, CancellationToken cancellationToken)
    {
        var host = new VendorHost(vendor, options);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "SessionSdk.Sandbox." + vendor.Vendor });
        var inMemory = options.Transport == SandboxTransport.InMemory;
        if (inMemory)
        {
            builder.WebHost.UseTestServer();
        }
        else
        {
            builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Limits.MaxRequestBodySize = SandboxHttp.MaxRequestBytes;
                kestrel.Listen(IPAddress.Loopback, port);
            });
        }

        builder.Services.AddRoutingCore();
        options.ConfigureLogging?.Invoke(builder.Logging);

        var app = builder.Build();
        host._app = app;
        app.Use(host.HandleAsync);
        app.UseRouting();
        vendor.Map(app);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            if (inMemory)
            {
                var server = app.GetTestServer();
                server.BaseAddress = host.BaseAddress = new Uri($"https://{vendor.Vendor.ToString().ToLowerInvariant()}.sandbox.invalid/");
                host.InMemoryServer = server;
            }
            else
            {
                var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
                host.BaseAddress = new Uri(address.TrimEnd('/') + "/");
            }

            return host;
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not { } app)
        {
            return;
        }

        _app = null;
        try
        {
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(HttpContext context, Func<Task> next)
    {
        try
        {
            if ((_options.FaultVendors & Vendor.Vendor) != 0 && await InjectFaultAsync(context).ConfigureAwait(false))
            {
                return;
            }

            if (!await Vendor.AuthenticateAsync(context).ConfigureAwait(false))
            {
                return;
            }

            await next().ConfigureAwait(false);

            // Routing's own 404 and 405 have no body; give them the vendor's.
            if (!context.Response.HasStarted && context.Response.ContentType is null && !HttpMethods.IsHead(context.Request.Method))
            {
                if (context.Response.StatusCode == StatusCodes.Status404NotFound && context.GetEndpoint() is null)
                {
                    await Vendor.WriteFaultAsync(context, SandboxFault.RouteNotFound).ConfigureAwait(false);
                }
                else if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
                {
                    await Vendor.WriteFaultAsync(context, SandboxFault.MethodNotAllowed).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException) when (!context.Response.HasStarted)
        {
            await Vendor.WriteFaultAsync(context, SandboxFault.PayloadTooLarge).ConfigureAwait(false);
        }
        catch (Exception) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await Vendor.WriteFaultAsync(context, SandboxFault.InternalError).ConfigureAwait(false);
        }
    }

    private async Task<bool> InjectFaultAsync(HttpContext context)
    {
        if (_options.Latency > TimeSpan.Zero)
        {
            await Task.Delay(_options.Latency, context.RequestAborted).ConfigureAwait(false);
        }

        var number = Interlocked.Increment(ref _requestCount);
        if (_options.RateLimitEvery > 0 && number % _options.RateLimitEvery == 0)
        {
            var seconds = (long)Math.Ceiling(_options.RetryAfter.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await Vendor.WriteFaultAsync(context, SandboxFault.RateLimited).ConfigureAwait(false);
            return true;
        }

        if (_options.ServiceUnavailableEvery > 0 && number % _options.ServiceUnavailableEvery == 0)
        {
            await Vendor.WriteFaultAsync(context, SandboxFault.ServiceUnavailable).ConfigureAwait(false);
            return true;
        }

        return false;
    }
}
