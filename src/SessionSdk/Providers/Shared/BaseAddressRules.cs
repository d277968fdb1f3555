using System.Net;
using System.Net.Sockets;

namespace SessionSdk;

/// <summary>Which base addresses a provider may talk to: https anywhere; plain http only to this machine, or to a private network when the user opts in.</summary>
internal static class BaseAddressRules
{
    public static string? Validate(Uri? address, bool allowInsecurePrivateNetwork, string optionName)
    {
        if (address is null)
        {
            return $"{optionName} is required.";
        }

        if (!address.IsAbsoluteUri)
        {
            return $"{optionName} must be an absolute URI (got a relative one).";
        }

        if (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp)
        {
            return $"{optionName} must use https (got '{address.Scheme}').";
        }

        if (!string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment) || !string.IsNullOrEmpty(address.UserInfo))
        {
            return $"{optionName} must not carry a query, a fragment or user info.";
        }

        if (address.Scheme == Uri.UriSchemeHttp && !IsLoopback(address) && !(allowInsecurePrivateNetwork && IsPrivate(address)))
        {
            return allowInsecurePrivateNetwork
                ? $"{optionName} must use https unless the host is loopback or on a private network (got http://{address.Host})."
                : $"{optionName} must use https unless the host is loopback (got http://{address.Host}); set AllowInsecurePrivateNetwork for a self-hosted server on a private network.";
        }

        return null;
    }

    /// <summary>
    /// The root API paths are appended to: <paramref name="address"/> with a trailing slash and without the first of
    /// <paramref name="suffixes"/> it ends with (for vendors whose docs show the base both with and without an API
    /// prefix). A relative or missing address is returned as is.
    /// </summary>
    public static Uri? WithoutSuffix(Uri? address, params ReadOnlySpan<string> suffixes)
    {
        if (address is not { IsAbsoluteUri: true })
        {
            return address;
        }

        var path = address.AbsolutePath.TrimEnd('/');
        foreach (var suffix in suffixes)
        {
            if (path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                path = path[..^suffix.Length];
                break;
            }
        }

        return new UriBuilder(address) { Path = path + "/" }.Uri;
    }

    public static bool IsLoopback(Uri address) =>
        address.IsLoopback || (IPAddress.TryParse(address.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));

    public static bool IsPrivate(Uri address)
    {
        var host = address.DnsSafeHost;
        if (!IPAddress.TryParse(host, out var ip))
        {
            return !host.Contains('.', StringComparison.Ordinal) || host.EndsWith(".local", StringComparison.OrdinalIgnoreCase)
                || host.EndsWith(".internal", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".lan", StringComparison.OrdinalIgnoreCase);
        }

        if (ip.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return ip.IsIPv6UniqueLocal || ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal;
        }

        var b = ip.GetAddressBytes();
        return b[0] == 10 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254);
    }
}
