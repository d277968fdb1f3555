namespace SessionSdk.Providers.MobileNext;

/// <summary>
/// Sends the registration's <see cref="MobileNextOptions.OrganizationId"/> as <c>X-Organization-Id</c> on every request
/// that does not already carry one: a per-call value (a Refit header parameter) wins.
/// </summary>
internal sealed class MobileNextOrganizationHandler : DelegatingHandler
{
    public const string HeaderName = "X-Organization-Id";

    private readonly string? _organizationId;

    public MobileNextOrganizationHandler(string? organizationId)
    {
        _organizationId = organizationId;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_organizationId is not null && !request.Headers.Contains(HeaderName))
        {
            request.Headers.TryAddWithoutValidation(HeaderName, _organizationId);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
