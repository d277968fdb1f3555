using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.MobileNext;

/// <summary>
/// A generated, repeatable set of device sessions: most in the key's own organization, some in the second one it
/// belongs to; older ones released, the most recent still active. (The docs have no example with values.)
/// </summary>
internal static class MobileNextSeed
{
    private const int OwnCount = 150;
    private const int OtherCount = 20;

    public static void Seed(MobileNextStore store, long organizationId, DateTimeOffset anchor)
    {
        var random = new SandboxRandom(20261104);
        Guid[] users = [MobileNextVendor.ApiKeyUser, .. Enumerable.Range(0, 4).Select(_ => random.NextGuid())];
        foreach (var (organization, count) in new[] { (organizationId, OwnCount), (organizationId + 1, OtherCount) })
        {
            foreach (var created in SeedTimeline.Spread(random, anchor, count))
            {
                var record = new MobileNextSessionRecord(random.NextGuid(), organization, random.Pick(users), created);
                record.Allocations.Add((random.NextGuid(), random.Pick(MobileNextFleet.Devices), false, record.CreatedAt));

                // Sessions from the last few hours may still be running; older ones have given their device back.
                if (anchor - created > TimeSpan.FromHours(6) || random.Next(3) == 0)
                {
                    record.Allocations[0] = record.Allocations[0] with { Released = true };
                    record.ReleasedAt = SeedTimeline.Later(random, created, anchor, 90);
                }

                store.Seed(record);
            }
        }
    }
}
