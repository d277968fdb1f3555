using System.Text.Json;
using SessionSdk.Providers.MobileNext;

namespace SessionSdk.Tests.MobileNext;

public sealed class MobileNextSessionListTests
{
    [Fact]
    public void GroupedEnvelope_ObjectDataAndCursor()
    {
        var list = MobileNextFixtures.List("list-grouped.json");

        Assert.Equal("list", list.Object);
        Assert.Equal(2, list.Items.Count);
        Assert.Same(list.Data, list.Items);
        Assert.Null(list.Sessions);
        Assert.Equal("2026-11-20T08:00:00Z", list.NextCursor);
        Assert.Equal("7a2d9c11-5e3f-4b8a-a0c1-2d3e4f5a6b7c", list.Items[1].Id);
    }

    [Fact]
    public void PerEndpointEnvelope_SessionsAndNullCursor()
    {
        var list = MobileNextFixtures.List("list-per-endpoint.json");

        var item = Assert.Single(list.Items);
        Assert.Same(list.Sessions, list.Items);
        Assert.Equal("9d1e7b44-0c2a-4f5e-8b6d-3a9c2e1f0b77", item.SessionId);
        Assert.Equal("0", item.OrganizationId);
        Assert.Null(list.NextCursor);
        Assert.Null(list.Object);
    }

    [Fact]
    public void ObservedEnvelope_DataWithoutCursor()
    {
        var list = MobileNextFixtures.List("list-observed.json");

        Assert.Equal(2, list.Items.Count);
        Assert.Null(list.NextCursor);
        Assert.Equal("R5CT30XYZ9A", list.Items[1].Devices![0].Info!.Serial);
    }

    [Fact]
    public void BareArray_IsReadAsData()
    {
        var list = MobileNextFixtures.List("list-bare-array.json");

        var item = Assert.Single(list.Items);
        Assert.Equal("c0ffee00-1234-4abc-8def-00000000beef", item.Id);
        Assert.Null(list.NextCursor);
    }

    [Fact]
    public void UnknownEnvelopeFields_AreKept()
    {
        var list = MobileNextFixtures.List("list-unknown-fields.json");

        Assert.Empty(list.Items);
        Assert.Equal("eyJiZWZvcmUiOiIyMDI2LTExLTE4VDEwOjAwOjAwWiJ9", list.NextCursor);
        Assert.True(list.AdditionalProperties!["hasMore"].GetBoolean());
        Assert.Equal(1342, list.AdditionalProperties["total"].GetInt32());
    }

    [Fact]
    public void EnvelopeNames_AreMatchedCaseInsensitively()
    {
        var list = JsonSerializer.Deserialize("""{"Data":[{"ID":"s-1"}],"NextCursor":"c-1"}""", MobileNextJsonContext.Default.MobileNextSessionList)!;

        Assert.Equal("s-1", Assert.Single(list.Items).Id);
        Assert.Equal("c-1", list.NextCursor);
    }

    [Fact]
    public void KnownNameWithUnexpectedType_IsKeptInsteadOfFailingThePage()
    {
        var list = JsonSerializer.Deserialize("""{"data":"none","object":7,"nextCursor":{"at":"x"}}""", MobileNextJsonContext.Default.MobileNextSessionList)!;

        Assert.Empty(list.Items);
        Assert.Null(list.NextCursor);
        Assert.Equal("none", list.AdditionalProperties!["data"].GetString());
        Assert.Equal(7, list.AdditionalProperties["object"].GetInt32());
        Assert.Equal("x", list.AdditionalProperties["nextCursor"].GetProperty("at").GetString());
    }

    [Fact]
    public void EmptyEnvelope_HasNoItemsAndNoCursor()
    {
        var list = JsonSerializer.Deserialize("{}", MobileNextJsonContext.Default.MobileNextSessionList)!;

        Assert.Empty(list.Items);
        Assert.Null(list.NextCursor);
    }

    [Fact]
    public void NonListBody_FailsWithJsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"oops\"", MobileNextJsonContext.Default.MobileNextSessionList));
    }

    [Theory]
    [InlineData("list-grouped.json")]
    [InlineData("list-per-endpoint.json")]
    [InlineData("list-observed.json")]
    [InlineData("list-unknown-fields.json")]
    public void NoFieldLost_WhenTheEnvelopeIsWrittenBack(string fixture)
    {
        using var input = JsonDocument.Parse(MobileNextFixtures.Read(fixture));

        var written = JsonSerializer.SerializeToElement(MobileNextFixtures.List(fixture), MobileNextJsonContext.Default.MobileNextSessionList);

        MobileNextFixtures.AssertContains(input.RootElement, written);
    }
}
