namespace SessionSdk;

/// <summary>
/// The one polling loop behind every wait: read, report, stop when done; otherwise sleep (exponential back-off with
/// jitter, on the wait's <see cref="TimeProvider"/>) and read again, until the wait's own timeout. A transient failure
/// of a read (<see cref="SessionClientException.IsTransient"/>: 5xx, 429, a timed-out attempt, a broken connection) is
/// tolerated within the time budget, and its <see cref="SessionClientException.RetryAfter"/> lengthens the next pause;
/// any other failure ends the wait at once. The caller's cancellation surfaces as
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

        var started = time.GetTimestamp();
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

                await Task.Delay(Pause(), time, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw SessionExceptionFactory.WaitTimeout(providerName, operation, options.Timeout, last, lastError);
            }
            catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested && e.CancellationToken != cancellationToken)
            {
                // The caller's own cancellation, with the caller's token, as everywhere in the SDK.
                throw new OperationCanceledException(e.Message, e, cancellationToken);
            }
            catch (SessionClientException e) when (e.IsTransient && !linked.IsCancellationRequested)
            {
                lastError = e;
                try
                {
                    await Task.Delay(Pause(e.RetryAfter), time, linked.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw SessionExceptionFactory.WaitTimeout(providerName, operation, options.Timeout, last, lastError);
                }
                catch (OperationCanceledException inner) when (cancellationToken.IsCancellationRequested && inner.CancellationToken != cancellationToken)
                {
                    throw new OperationCanceledException(inner.Message, inner, cancellationToken);
                }
            }

            interval = TimeSpan.FromTicks((long)Math.Min(interval.Ticks * options.BackoffFactor, options.MaxInterval.Ticks));
        }

        // A vendor's Retry-After lengthens the pause; nothing makes it sleep past the deadline: the wait ends when its
        // time does, not a back-off later.
        TimeSpan Pause(TimeSpan? retryAfter = null)
        {
            var pause = Jittered(interval, options.Jitter);
            if (retryAfter > pause)
            {
                pause = retryAfter.Value;
            }

            if (options.Timeout == Timeout.InfiniteTimeSpan)
            {
                return pause;
            }

            var left = options.Timeout - time.GetElapsedTime(started);
            return left < pause ? (left > TimeSpan.Zero ? left : TimeSpan.Zero) : pause;
        }
    }

    /// <summary>Spreads a pause evenly over ±<paramref name="jitter"/> of itself.</summary>
    internal static TimeSpan Jittered(TimeSpan interval, double jitter) =>
        jitter == 0 ? interval : TimeSpan.FromTicks((long)(interval.Ticks * (1 + (jitter * ((2 * Random.Shared.NextDouble()) - 1)))));
}
