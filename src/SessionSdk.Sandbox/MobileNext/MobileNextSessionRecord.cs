namespace SessionSdk.Sandbox.MobileNext;

/// <summary>One device session. It is active while <see cref="ReleasedAt"/> is null, and released when its last device is.</summary>
internal sealed class MobileNextSessionRecord(Guid id, long organizationId, Guid userId, DateTimeOffset createdAt)
{
    public Guid Id { get; } = id;

    public long OrganizationId { get; } = organizationId;

    public Guid UserId { get; } = userId;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset? ReleasedAt { get; set; }

    /// <summary>
    /// Gets the allocations, oldest first, each with the instant it was asked for (it is <c>allocating</c> for one
    /// stage of the sandbox's clock after that). The session's <c>device</c> is the newest one not yet released.
    /// </summary>
    public List<(Guid AllocationId, MobileNextDevice Device, bool Released, DateTimeOffset RequestedAt)> Allocations { get; } = [];
}
