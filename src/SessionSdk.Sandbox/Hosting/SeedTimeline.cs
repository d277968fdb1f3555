namespace SessionSdk.Sandbox.Hosting;

/// <summary>Creation times for seeded data: distinct whole milliseconds spread over the days before an anchor, oldest first.</summary>
internal static class SeedTimeline
{
    public const int Days = 180;

    public static List<DateTimeOffset> Spread(SandboxRandom random, DateTimeOffset anchor, int count, int days = Days)
    {
        var span = (long)TimeSpan.FromDays(days).TotalMilliseconds;
        var times = new List<DateTimeOffset>(count);
        for (var i = 0; i < count; i++)
        {
            // Skewed towards the recent past, as real activity usually is; never later than a minute before the anchor.
            var fraction = Math.Pow(random.NextDouble(), 1.6);
            var offset = 60_000 + (long)(fraction * (span - 60_000));
            times.Add(anchor.AddMilliseconds(-offset));
        }

        times.Sort();
        for (var i = 1; i < times.Count; i++)
        {
            if (times[i] <= times[i - 1])
            {
                times[i] = times[i - 1].AddMilliseconds(1);
            }
        }

        return times;
    }

    /// <summary>Returns a time between <paramref name="from"/> and the anchor, at most <paramref name="maxMinutes"/> later.</summary>
    public static DateTimeOffset Later(SandboxRandom random, DateTimeOffset from, DateTimeOffset anchor, int maxMinutes)
    {
        var later = from.AddMilliseconds(random.Next(1_000, Math.Max(1_001, maxMinutes * 60_000)));
        return later < anchor ? later : from;
    }
}
