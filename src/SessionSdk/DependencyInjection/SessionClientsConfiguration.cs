using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SessionSdk;

/// <summary>The configuration section name of each provider, and how to add it from that section.</summary>
internal static class SessionClientsConfiguration
{
    private static readonly (string Section, Action<SessionClientsBuilder, IConfiguration> Add)[] Providers =
    [
        ("Kodexa", static (builder, section) => builder.AddKodexa(section)),
        ("Raydocs", static (builder, section) => builder.AddRaydocs(section)),
        ("MidPilot", static (builder, section) => builder.AddMidPilot(section)),
        ("MobileNext", static (builder, section) => builder.AddMobileNext(section)),
    ];

    public static void AddConfiguredProviders(SessionClientsBuilder builder, IConfiguration configuration)
    {
        foreach (var (name, add) in Providers)
        {
            var section = configuration.GetSection(name);
            if (section.Exists())
            {
                add(builder, section);
            }
        }
    }
}
