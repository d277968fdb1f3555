using System.Net;

namespace SessionSdk.IntegrationTests.Faults;

/// <summary>Every provider × every fault: the exception a caller sees, how many attempts the vendor saw, and how much (virtual) time passed.</summary>
public sealed class FaultMatrixTests
{
    private static readonly TimeSpan Total = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Attempt = TimeSpan.FromSeconds(10);

    public static TheoryData<FaultProvider, Fault> AllCases()
    {
        var data = new TheoryData<FaultProvider, Fault>();
        foreach (var provider in FaultProvider.All)
        {
            foreach (var fault in Fault.All)
            {
                data.Add(provider, fault);
            }
        }

        return data;
    }

    public static TheoryData<FaultProvider, Fault> FailedExchangeCases()
    {
        var data = new TheoryData<FaultProvider, Fault>();
        foreach (var provider in FaultProvider.All)
        {
            foreach (var fault in Fault.All.Where(f => f.Expected != typeof(SessionResponseException)))
            {
                data.Add(provider, fault);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public async Task SafeCall_FailsTypedAfterTheRightNumberOfAttempts(FaultProvider provider, Fault fault)
    {
        using var run = FaultRun.Start(provider, (time, ct) => fault.Behave(time, provider, ct));

        var error = await Assert.ThrowsAnyAsync<SessionClientException>(() => provider.Safe(run.Client, CancellationToken.None));

        Assert.IsType(fault.Expected, error);
        Assert.Equal(provider.Name, error.ProviderName);
        Assert.False(string.IsNullOrEmpty(error.Operation));
        // A body that parsed but could not be mapped fails after the exchange, where the exact 2xx is no longer known.
        Assert.True(
            error.StatusCode == fault.Status || (error is SessionResponseException && error.StatusCode is null),
            $"status {error.StatusCode}, expected {fault.Status}");

        switch (fault.Name)
        {
            case "hang before headers" or "hang mid-body":
                Assert.Equal(Total, run.Time.Elapsed);
                Assert.InRange(run.Transport.Attempts, 2, 3);
                Assert.True(error.IsTransient);
                break;
            case "429 with seconds":
                Assert.Equal(4, run.Transport.Attempts);
                Assert.Equal(TimeSpan.FromSeconds(6), run.Time.Elapsed);
                Assert.Equal(TimeSpan.FromSeconds(2), error.RetryAfter);
                break;
            case "429 with date":
                Assert.Equal(4, run.Transport.Attempts);
                Assert.Equal(TimeSpan.FromSeconds(5), run.Time.Elapsed);
                break;
            case "429 longer than the budget":
                Assert.Equal(1, run.Transport.Attempts);
                Assert.Equal(TimeSpan.Zero, run.Time.Elapsed);
                Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
                Assert.True(error.IsTransient);
                break;
            case var _ when fault.Retryable:
                Assert.Equal(4, run.Transport.Attempts);
                Assert.InRange(run.Time.Elapsed, TimeSpan.FromTicks(1), Total);
                Assert.True(error.IsTransient);
                break;
            default:
                Assert.Equal(1, run.Transport.Attempts);
                Assert.Equal(TimeSpan.Zero, run.Time.Elapsed);
                Assert.False(error.IsTransient);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(FailedExchangeCases))]
    public async Task UnsafeCall_IsNeverRetried(FaultProvider provider, Fault fault)
    {
        using var run = FaultRun.Start(provider, (time, ct) => fault.Behave(time, provider, ct));

        var error = await Assert.ThrowsAnyAsync<SessionClientException>(() => provider.Unsafe(run.Client, CancellationToken.None));

        Assert.IsType(fault.Expected, error);
        Assert.Equal(1, run.Transport.Attempts);
        Assert.NotEqual(HttpMethod.Get, run.Transport.Seen[0].Method);
        Assert.Equal(fault.Name.StartsWith("hang", StringComparison.Ordinal) ? Attempt : TimeSpan.Zero, run.Time.Elapsed);
    }

    [Fact]
    public async Task SafeCall_RecoversWhenTheVendorDoes()
    {
        var provider = FaultProvider.All[0];
        var calls = 0;
        using var run = FaultRun.Start(provider, (_, _) => Task.FromResult(Interlocked.Increment(ref calls) < 3
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(provider.ValidSessionJson) }));

        await provider.Safe(run.Client, CancellationToken.None);

        Assert.Equal(3, run.Transport.Attempts);
    }

    [Fact]
    public async Task WrongContentTypeWithJson_IsReadTolerantly()
    {
        var provider = FaultProvider.All[0];
        using var run = FaultRun.Start(provider, (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(provider.ValidSessionJson, System.Text.Encoding.UTF8, "text/plain"),
        }));

        var session = await run.Client.GetSessionAsync("s-1");

        Assert.Equal("s-1", session.Id);
    }

    [Fact]
    public async Task CallerCancellationMidFlight_IsOperationCanceledWithThatToken_AndNotRetried()
    {
        var provider = FaultProvider.All[0];
        using var cts = new CancellationTokenSource();
        using var run = FaultRun.Start(provider, async (_, ct) =>
        {
            await cts.CancelAsync();
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException();
        });

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => provider.Safe(run.Client, cts.Token));

        Assert.Equal(cts.Token, error.CancellationToken);
        Assert.Equal(1, run.Transport.Attempts);
        Assert.IsNotType<SessionTimeoutException>(error);
    }
}
