namespace SessionSdk;

/// <summary>The <see cref="ISessionClient.GetService"/> every provider client answers alike: itself, its options, or one of its typed APIs.</summary>
internal static class SessionClientServices
{
    public static object? Resolve(ISessionClient client, SessionProviderOptions options, Type serviceType, object? serviceKey, Func<Type, object?> api)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType.IsInstanceOfType(client))
        {
            return client;
        }

        return serviceType.IsInstanceOfType(options) ? options : api(serviceType);
    }
}
