namespace SessionSdk.Tests.Core;

public sealed class SessionIdGuardTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("a\u0000b")]
    [InlineData("a\nb")]
    [InlineData("a\u007fb")]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    public void BadIds_AreRejected(string id)
    {
        Assert.Throws<ArgumentException>(() => SessionIdGuard.Validate(id));
        Assert.False(SessionIdGuard.IsValid(id));
    }

    [Fact]
    public void NullId_IsRejected() => Assert.Throws<ArgumentNullException>(() => SessionIdGuard.Validate(null));

    [Fact]
    public void OverLongId_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => SessionIdGuard.Validate(new string('a', SessionIdGuard.MaxLength + 1)));
        Assert.False(SessionIdGuard.IsValid(new string('a', SessionIdGuard.MaxLength + 1)));
        Assert.False(SessionIdGuard.IsValid(null));
    }

    [Theory]
    [InlineData("3c90c3cc-0d44-4b50-8888-8dd25736052a")]
    [InlineData("a/b")]
    [InlineData("a?b")]
    [InlineData("a#b")]
    [InlineData("%2e%2e")]
    [InlineData("...")]
    [InlineData("ünïcödé")]
    public void OrdinaryIds_AreAccepted(string id)
    {
        Assert.Equal(id, SessionIdGuard.Validate(id));
        Assert.True(SessionIdGuard.IsValid(id));
    }
}
