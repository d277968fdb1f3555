namespace SessionSdk;

/// <summary>How a vendor-specific extension reaches its vendor's API behind an <see cref="ISessionClient"/>, the same way for every provider.</summary>
internal static class VendorClient
{
    /// <summary>Gets <typeparamref name="TApi"/> from the client, or fails when it is not a client of that vendor.</summary>
    /// <param name="client">The client the extension was called on.</param>
    /// <param name="vendorClient">What the client must be, for the message (the vendor).</param>
    /// <param name="registeredBy">The registration that adds such a client (its <c>Add{Vendor}</c> method).</param>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The client does not offer <typeparamref name="TApi"/>.</exception>
    public static TApi Require<TApi>(ISessionClient client, string vendorClient, string registeredBy)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.GetService(typeof(TApi)) as TApi
            ?? throw SessionExceptionFactory.NotAVendorClient(client.Metadata, vendorClient, registeredBy);
    }
}
