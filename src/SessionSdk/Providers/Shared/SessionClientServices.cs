namespace SessionSdk;

/// <summary>The <see cref="ISessionClient.GetService"/> every provider client answers alike: itself, its options, its clock, or one of its typed APIs.</summary>
internal static class SessionClientServices
{
    public static object? Resolve(ISessionClient client, SessionProviderOptions options, Type serviceType, object? serviceKey, Func<Type, object?> api, TimeProvider? timeProvider = null)
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

        if (serviceType == typeof(TimeProvider))
        {
            // The clock the client's pipeline runs on, so waits built on top of the client sleep on the same one.
            return timeProvider;
        }

        return serviceType.IsInstanceOfType(options) ? options : api(serviceType);
    }
}
