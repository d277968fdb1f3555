namespace SessionSdk;

/// <summary>
/// The one polling loop behind every wait: read, report, stop when done; otherwise sleep (exponential back-off with
/// jitter, on the wait's <see cref="TimeProvider"/>) and read again, until the wait's own timeout. A transient failure
/// of a read (<see cref="SessionClientException.IsTransient"/>: 5xx, 429, a timed-out attempt, a broken connection) is
/// tolerated within the time budget; any other failure ends the wait at once. The caller's cancellation surfaces as
/// <see cref="OperationCanceledException"/>.
/// </summary>
internal static class SessionPoller
{
    public static async Task<T> PollAsync<T>(
        ISessionClient client,
        string operation,
        Func<CancellationToken, Task<T>> read,
        Func<T, bool> isDone,
        SessionWaitOptions? options,
        IProgress<T>? progress,
        CancellationToken cancellationToken)
        where T : class
    {
        options ??= new SessionWaitOptions();
        options.Validate();
        var time = options.TimeProvider ?? client.GetService<TimeProvider>() ?? TimeProvider.System;
        var providerName = client.Metadata.ProviderName;

        using var timeout = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        T? last = null;
        Exception? lastError = null;
        var interval = options.InitialInterval;
        while (true)
        {
            try
            {
                var state = await read(linked.Token).ConfigureAwait(false);
                last = state;
                progress?.Report(state);
                if (isDone(state))
                {
                    return state;
                }

                await Task.Delay(Jittered(interval, options.Jitter), time, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw SessionExceptionFactory.WaitTimeout(providerName, operation, options.Timeout, last, lastError);
            }
            catch (SessionClientException e) when (e.IsTransient && !linked.IsCancellationRequested)
            {
                lastError = e;
                try
                {
                    await Task.Delay(Jittered(interval, options.Jitter), time, linked.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw SessionExceptionFactory.WaitTimeout(providerName, operation, options.Timeout, last, lastError);
                }
            }

            interval = TimeSpan.FromTicks((long)Math.Min(interval.Ticks * options.BackoffFactor, options.MaxInterval.Ticks));
        }
    }

    /// <summary>Spreads a pause evenly over ±<paramref name="jitter"/> of itself.</summary>
    internal static TimeSpan Jittered(TimeSpan interval, double jitter) =>
        jitter == 0 ? interval : TimeSpan.FromTicks((long)(interval.Ticks * (1 + (jitter * ((2 * Random.Shared.NextDouble()) - 1)))));
}
