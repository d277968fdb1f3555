using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Raydocs;

/// <summary>
/// The storage behind <c>POST /vapor/signed-storage-url</c>: it hands out pre-signed PUT targets (valid five minutes on
/// the sandbox's clock) and keeps what is PUT there, as S3 would. The signature is the credential: a PUT that also
/// carries an <c>Authorization</c> header is refused, as S3 refuses two authentication mechanisms.
/// </summary>
internal sealed class RaydocsStorage(SandboxClock clock, SandboxRandom random)
{
    public const string PathPrefix = "/sandbox-storage/";
    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(5);

    private readonly object _gate = new();
    private readonly byte[] _secret = Encoding.ASCII.GetBytes(random.NextHex(32));
    private readonly Dictionary<string, Target> _targets = new(StringComparer.Ordinal);

    public (string Uuid, string Key, long Expires, string Signature) Sign(string contentType, string visibility)
    {
        var uuid = random.NextId();
        var key = "tmp/" + uuid;
        var expires = (clock.Peek() + Validity).ToUnixTimeSeconds();
        var signature = Signature(key, expires);
        lock (_gate)
        {
            _targets[key] = new Target(expires, contentType, visibility);
        }

        return (uuid, key, expires, signature);
    }

    /// <summary>Stores a PUT; returns the S3 error code and message that refuse it, or null when it is stored.</summary>
    public (int Status, string Code, string Message)? Put(string key, string? expiresText, string? signature, string? contentType, string? acl, byte[] content)
    {
        lock (_gate)
        {
            if (!_targets.TryGetValue(key, out var target)
                || !long.TryParse(expiresText, NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
                || expires != target.Expires
                || signature is null
                || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(Signature(key, expires))))
            {
                return (403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
            }

            if (clock.Peek().ToUnixTimeSeconds() > expires)
            {
                return (403, "AccessDenied", "Request has expired");
            }

            if (!string.Equals(contentType, target.ContentType, StringComparison.OrdinalIgnoreCase) || !string.Equals(acl, target.Visibility, StringComparison.Ordinal))
            {
                return (403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided: Content-Type and x-amz-acl are signed headers.");
            }

            _targets[key] = target with { File = new StoredFile(Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant(), content.Length, target.ContentType) };
            return null;
        }
    }

    /// <summary>Gets what was PUT under a key, or null (the key was never signed, or nothing was PUT yet).</summary>
    public StoredFile? Find(string key)
    {
        lock (_gate)
        {
            return _targets.TryGetValue(key, out var target) ? target.File : null;
        }
    }

    private string Signature(string key, long expires) =>
        Convert.ToHexString(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(key + "\n" + expires.ToString(CultureInfo.InvariantCulture)))).ToLowerInvariant();

    internal sealed record StoredFile(string Sha256, long Size, string ContentType);

    private sealed record Target(long Expires, string ContentType, string Visibility)
    {
        public StoredFile? File { get; init; }
    }
}
