namespace SessionSdk.Sandbox.MobileNext;

/// <summary>A device of the sandbox's fleet.</summary>
internal sealed record MobileNextDevice(string Id, string Platform, string Type, string Name, string OsVersion);
