using System.Text.Json;
using SessionSdk.Providers.Raydocs;

namespace SessionSdk.Tests.Raydocs;

/// <summary>Loads the Raydocs JSON fixtures (taken from, or built after, the vendor's documented payloads).</summary>
internal static class RaydocsFixtures
{
    public const string ProviderName = "raydocs";

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Raydocs", name));

    public static RaydocsExtractionSession Session(string name) =>
        JsonSerializer.Deserialize(Text(name), RaydocsJsonContext.Default.RaydocsExtractionSession)!;

    public static Session Mapped(string name) => RaydocsSessionMapper.ToSession(Session(name), ProviderName);

    public static RaydocsResultList Results(string name) =>
        JsonSerializer.Deserialize(Text(name), RaydocsJsonContext.Default.RaydocsResultList)!;
}
