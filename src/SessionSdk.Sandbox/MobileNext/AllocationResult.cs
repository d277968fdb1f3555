namespace SessionSdk.Sandbox.MobileNext;

internal enum AllocationOutcome
{
    Allocated,
    NotFound,
    Released,
}

internal sealed record AllocationResult(AllocationOutcome Outcome, Guid AllocationId)
{
    public static AllocationResult NotFound { get; } = new(AllocationOutcome.NotFound, Guid.Empty);

    public static AllocationResult Released { get; } = new(AllocationOutcome.Released, Guid.Empty);
}
