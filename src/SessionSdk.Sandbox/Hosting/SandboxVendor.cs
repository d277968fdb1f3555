using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SessionSdk.Sandbox.Hosting;

/// <summary>One vendor's API: its routes, its authentication, its error shape and its seeded data.</summary>
internal abstract class SandboxVendor
{
    protected SandboxVendor(SessionSandboxOptions options, SandboxClock clock)
    {
        Options = options;
        Clock = clock;
    }

    public abstract SandboxVendors Vendor { get; }

    protected SessionSandboxOptions Options { get; }

    protected SandboxClock Clock { get; }

    public abstract void Map(IEndpointRouteBuilder routes);

    /// <summary>Checks the request's credentials; on failure writes the vendor's 401 and returns <see langword="false"/>.</summary>
    public virtual Task<bool> AuthenticateAsync(HttpContext context) => Task.FromResult(true);

    public abstract Task WriteFaultAsync(HttpContext context, SandboxFault fault);

    public abstract void Seed();

    /// <summary>
    /// Answers a route the SDK calls but the sandbox does not serve with the 501 of <see cref="SandboxFault.RouteNotFound"/>.
    /// Needed only where routing alone would answer 405, because a served route of another method has the same shape.
    /// </summary>
    protected void MapUnserved(IEndpointRouteBuilder routes, string method, string pattern) =>
        routes.MapMethods(pattern, [method], context => WriteFaultAsync(context, SandboxFault.RouteNotFound));

    /// <summary>Reads a bearer token from <c>Authorization</c>, or <see langword="null"/>.</summary>
    protected static string? BearerToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
    }

    /// <summary>Compares a presented secret with the expected one in constant time.</summary>
    protected static bool SecretEquals(string? presented, string expected) =>
        presented is not null
        && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(presented),
            System.Text.Encoding.UTF8.GetBytes(expected));
}
