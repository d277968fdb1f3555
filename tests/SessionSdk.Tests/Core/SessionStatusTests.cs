namespace SessionSdk.Tests.Core;

public sealed class SessionStatusTests
{
    [Fact]
    public void Equality_IsCaseInsensitive()
    {
        Assert.Equal(SessionStatus.Active, new SessionStatus("ACTIVE"));
        Assert.True(new SessionStatus("Closed") == SessionStatus.Closed);
        Assert.Equal(SessionStatus.Active.GetHashCode(), new SessionStatus("Active").GetHashCode());
    }

    [Fact]
    public void DefaultValue_IsUnknownAndNeverThrows()
    {
        SessionStatus status = default;

        Assert.Equal(SessionStatus.Unknown, status);
        Assert.Equal("unknown", status.ToString());
    }

    [Fact]
    public void UnseenVendorValue_IsKeptAsIs()
    {
        var status = new SessionStatus("hibernating");

        Assert.Equal("hibernating", status.Value);
        Assert.NotEqual(SessionStatus.Unknown, status);
        Assert.False(status.IsTerminal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void EmptyValue_IsRejected(string value) => Assert.Throws<ArgumentException>(() => new SessionStatus(value));

    [Fact]
    public void TerminalStates_AreTerminal()
    {
        Assert.True(SessionStatus.Completed.IsTerminal);
        Assert.True(SessionStatus.Released.IsTerminal);
        Assert.False(SessionStatus.Running.IsTerminal);
    }
}
