using System.Text.Json;
using SessionSdk.Providers.MobileNext;

namespace SessionSdk.Tests.MobileNext;

public sealed class MobileNextSessionMapperTests
{
    private const string Provider = "mobilenext";

    [Fact]
    public void GroupedShape_MapsIdOrganizationUserDeviceAndTimes()
    {
        var session = MobileNextSessionMapper.ToSession(MobileNextFixtures.Session("session-grouped.json"), Provider);

        Assert.Equal("3f6c2a9e-8b1d-4c7e-9a21-5d0e4b7c1f88", session.Id);
        Assert.Equal("mobilenext/3f6c2a9e-8b1d-4c7e-9a21-5d0e4b7c1f88", session.QualifiedId);
        Assert.Equal("mobilenext.device-session", session.Kind);
        Assert.Equal("org_01HZX3K9QW", session.OrganizationId);
        Assert.Equal("a1b2c3d4-e5f6-4789-abcd-0123456789ab", session.UserId);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 15, 0, 123, TimeSpan.Zero), session.CreatedAt);
        var device = Assert.Single(session.Devices);
        Assert.Equal("dev_iphone15_0042", device.Id);
        Assert.Equal("ios", device.Platform);
        Assert.Equal("real", device.Type);
        Assert.Equal("iPhone 15 Pro", device.Name);
        Assert.Equal("17.5.1", device.OsVersion);
        Assert.Null(device.RawStatus);
        Assert.Empty(device.AdditionalProperties);
        Assert.Empty(session.AdditionalProperties);
        Assert.IsType<MobileNextSession>(session.RawRepresentation);
    }

    [Fact]
    public void ReleasedAtNull_IsActiveWithoutEndTimeAndNoRawStatus()
    {
        var session = MobileNextSessionMapper.ToSession(MobileNextFixtures.Session("session-grouped.json"), Provider);

        Assert.Equal(SessionStatus.Active, session.Status);
        Assert.Null(session.RawStatus);
        Assert.Null(session.EndedAt);
        Assert.False(session.Status.IsTerminal);
    }

    [Fact]
    public void PerEndpointShape_MapsSessionIdIntegerOrganizationUserIdAndDeviceId()
    {
        var session = MobileNextSessionMapper.ToSession(MobileNextFixtures.Session("session-per-endpoint.json"), Provider);

        Assert.Equal("9d1e7b44-0c2a-4f5e-8b6d-3a9c2e1f0b77", session.Id);
        Assert.Equal("0", session.OrganizationId);
        Assert.Equal("user_7f3a", session.UserId);
        var device = Assert.Single(session.Devices);
        Assert.Equal("emulator-5554", device.Id);
        Assert.Equal("android", device.Platform);
        Assert.Equal("emulator", device.Type);
        Assert.Equal("Pixel 8", device.Name);
        Assert.Equal("14", device.OsVersion);
        Assert.Empty(session.AdditionalProperties);
    }

    [Fact]
    public void ReleasedAtSet_IsReleasedWithEndedAtAndStillNoRawStatus()
    {
        var session = MobileNextSessionMapper.ToSession(MobileNextFixtures.Session("session-per-endpoint.json"), Provider);

        Assert.Equal(SessionStatus.Released, session.Status);
        Assert.True(session.Status.IsTerminal);
        Assert.Null(session.RawStatus);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 18, 47, 30, TimeSpan.FromHours(1)), session.EndedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 18, 2, 11, TimeSpan.Zero), session.CreatedAt);
    }

    [Fact]
    public void ObservedShape_DevicesTakeTheirIdFromInfoSerialAndKeepTheirStatus()
    {
        var session = MobileNextSessionMapper.ToSession(MobileNextFixtures.Session("session-observed.json"), Provider);

        Assert.Equal("c0ffee00-1234-4abc-8def-00000000beef", session.Id);
        Assert.Null(session.OrganizationId);
        Assert.Null(session.UserId);
        Assert.Null(session.CreatedAt);
        Assert.Collection(
            session.Devices,
            d =>
            {
                Assert.Equal("00008110-001A2B3C4D5E801E", d.Id);
                Assert.Equal("released", d.RawStatus);
                Assert.Equal("00008110-001A2B3C4D5E801E", d.AdditionalProperties["info"].GetProperty("serial").GetString());
            },
            d =>
            {
                Assert.Equal("R5CT30XYZ9A", d.Id);
                Assert.Equal("SM-S918B", d.AdditionalProperties["info"].GetProperty("model").GetString());
            });
    }

    [Fact]
    public void ObservedShape_EveryDeviceReleasedWithoutReleasedAt_IsReleasedWithoutEndTime()
    {
        var session = MobileNextSessionMapper.ToSession(MobileNextFixtures.Session("session-observed.json"), Provider);

        Assert.Equal(SessionStatus.Released, session.Status);
        Assert.Null(session.EndedAt);
        Assert.Null(session.RawStatus);
    }

    [Fact]
    public void ObservedShape_OneDeviceStillAllocated_IsActive()
    {
        var dto = JsonSerializer.Deserialize(
            """{"id":"s-1","devices":[{"status":"released","info":{"serial":"A"}},{"status":"allocated","info":{"serial":"B"}}]}""",
            MobileNextJsonContext.Default.MobileNextSession)!;

        var session = MobileNextSessionMapper.ToSession(dto, Provider);

        Assert.Equal(SessionStatus.Active, session.Status);
        Assert.Equal(["released", "allocated"], session.Devices.Select(d => d.RawStatus));
    }

    [Fact]
    public void UnknownFields_AreKeptOnSessionAndDevice()
    {
        var session = MobileNextSessionMapper.ToSession(MobileNextFixtures.Session("session-unknown-fields.json"), Provider);

        Assert.Equal("eu-central", session.AdditionalProperties["region"].GetString());
        Assert.Equal(["nightly", "checkout"], session.AdditionalProperties["tags"].EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(12.5m, session.AdditionalProperties["cost"].GetProperty("minutes").GetDecimal());
        Assert.Equal(88123, session.AdditionalProperties["testRunId"].GetInt32());
        var device = session.Devices[0];
        Assert.Equal("eu-central", device.AdditionalProperties["region"].GetString());
        Assert.True(device.AdditionalProperties["capabilities"].GetProperty("video").GetBoolean());
        Assert.Equal(900, session.Devices[1].AdditionalProperties["leaseSeconds"].GetInt32());
    }

    [Fact]
    public void BothAliasesPresent_FirstWinsAndTheOtherIsKept()
    {
        var session = MobileNextSessionMapper.ToSession(MobileNextFixtures.Session("session-unknown-fields.json"), Provider);

        Assert.Equal("5b9f0d2c-7e41-4a3b-9c8d-1e2f3a4b5c6d", session.Id);
        Assert.Equal("5b9f0d2c-7e41-4a3b-9c8d-1e2f3a4b5c6d", session.AdditionalProperties["sessionId"].GetString());
        Assert.Equal("org_01HZX3K9QW", session.OrganizationId);
        Assert.Equal("1207", session.AdditionalProperties["organizationId"].GetString());
        Assert.Equal("a1b2c3d4-e5f6-4789-abcd-0123456789ab", session.AdditionalProperties["userId"].GetString());
        Assert.Equal("dev_ipad_0007", session.Devices[0].Id);
        Assert.Equal("dev_ipad_0007-alt", session.Devices[0].AdditionalProperties["deviceId"].GetString());
    }

    [Fact]
    public void SingleDeviceAndDeviceList_AreBothInDevices()
    {
        var session = MobileNextSessionMapper.ToSession(MobileNextFixtures.Session("session-unknown-fields.json"), Provider);

        Assert.Equal(["dev_ipad_0007", "SIM-77"], session.Devices.Select(d => d.Id));
        Assert.Equal(SessionStatus.Active, session.Status);
    }

    [Fact]
    public void UnreadableTimestamps_GiveNullTimesWithoutThrowing_AndAReleasedAtStillMeansReleased()
    {
        var dto = JsonSerializer.Deserialize(
            """{"id":"s-1","createdAt":"yesterday","releasedAt":"not a date"}""",
            MobileNextJsonContext.Default.MobileNextSession)!;

        var session = MobileNextSessionMapper.ToSession(dto, Provider);

        Assert.Null(session.CreatedAt);
        Assert.Null(session.EndedAt);
        Assert.Equal(SessionStatus.Released, session.Status);
        Assert.Equal("not a date", ((MobileNextSession)session.RawRepresentation!).ReleasedAt);
    }

    [Fact]
    public void DeviceWithoutAnyId_IsListedWithAnEmptyId()
    {
        var dto = JsonSerializer.Deserialize("""{"id":"s-1","devices":[{"status":"allocating"}]}""", MobileNextJsonContext.Default.MobileNextSession)!;

        var device = Assert.Single(MobileNextSessionMapper.ToSession(dto, Provider).Devices);

        Assert.Equal(string.Empty, device.Id);
        Assert.Equal("allocating", device.RawStatus);
    }

    [Fact]
    public void NumericIds_AreReadAsStrings()
    {
        var dto = JsonSerializer.Deserialize(
            """{"sessionId":123,"organization":42,"userId":7,"device":{"deviceId":9001}}""",
            MobileNextJsonContext.Default.MobileNextSession)!;

        var session = MobileNextSessionMapper.ToSession(dto, Provider);

        Assert.Equal("123", session.Id);
        Assert.Equal("42", session.OrganizationId);
        Assert.Equal("7", session.UserId);
        Assert.Equal("9001", session.Devices[0].Id);
    }

    [Fact]
    public void MissingId_ThrowsResponseException()
    {
        var dto = JsonSerializer.Deserialize("""{"organizationId":0,"createdAt":"2026-11-19T18:02:11Z"}""", MobileNextJsonContext.Default.MobileNextSession)!;

        var e = Assert.Throws<SessionResponseException>(() => MobileNextSessionMapper.ToSession(dto, Provider));

        Assert.Equal(Provider, e.ProviderName);
    }

    [Theory]
    [InlineData("session-grouped.json")]
    [InlineData("session-per-endpoint.json")]
    [InlineData("session-observed.json")]
    [InlineData("session-unknown-fields.json")]
    public void NoFieldLost(string fixture)
    {
        var json = MobileNextFixtures.Read(fixture);
        using var input = JsonDocument.Parse(json);
        var session = MobileNextSessionMapper.ToSession(MobileNextFixtures.Session(fixture), Provider);

        foreach (var property in input.RootElement.EnumerateObject())
        {
            AssertSessionHas(session, property, input.RootElement);
        }

        var raw = JsonSerializer.SerializeToElement((MobileNextSession)session.RawRepresentation!, MobileNextJsonContext.Default.MobileNextSession);
        MobileNextFixtures.AssertContains(input.RootElement, raw);
    }

    private static void AssertSessionHas(Session session, JsonProperty property, JsonElement root)
    {
        var value = property.Value;
        switch (property.Name)
        {
            case "id":
                Assert.Equal(Text(value), session.Id);
                break;
            case "sessionId":
                AssertMappedOrKept(session.Id, session.AdditionalProperties, property, root.TryGetProperty("id", out _));
                break;
            case "organization":
                Assert.Equal(Text(value), session.OrganizationId);
                break;
            case "organizationId":
                AssertMappedOrKept(session.OrganizationId, session.AdditionalProperties, property, root.TryGetProperty("organization", out _));
                break;
            case "user":
                Assert.Equal(Text(value), session.UserId);
                break;
            case "userId":
                AssertMappedOrKept(session.UserId, session.AdditionalProperties, property, root.TryGetProperty("user", out _));
                break;
            case "createdAt":
                Assert.Equal(DateTimeOffset.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture), session.CreatedAt);
                break;
            case "releasedAt" when value.ValueKind == JsonValueKind.Null:
                Assert.Null(session.EndedAt);
                break;
            case "releasedAt":
                Assert.Equal(DateTimeOffset.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture), session.EndedAt);
                break;
            case "device":
                AssertDeviceHas(session.Devices[0], value);
                break;
            case "devices":
                var offset = session.Devices.Count - value.GetArrayLength();
                var index = 0;
                foreach (var device in value.EnumerateArray())
                {
                    AssertDeviceHas(session.Devices[offset + index++], device);
                }

                break;
            default:
                Assert.True(session.AdditionalProperties.ContainsKey(property.Name), $"'{property.Name}' was lost.");
                MobileNextFixtures.AssertContains(value, session.AdditionalProperties[property.Name]);
                break;
        }
    }

    private static void AssertDeviceHas(SessionDevice device, JsonElement json)
    {
        foreach (var property in json.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "id":
                    Assert.Equal(Text(value), device.Id);
                    break;
                case "deviceId":
                    AssertMappedOrKept(device.Id, device.AdditionalProperties, property, json.TryGetProperty("id", out _));
                    break;
                case "platform":
                    Assert.Equal(value.GetString(), device.Platform);
                    break;
                case "type":
                    Assert.Equal(value.GetString(), device.Type);
                    break;
                case "name":
                    Assert.Equal(value.GetString(), device.Name);
                    break;
                case "osVersion":
                    Assert.Equal(value.GetString(), device.OsVersion);
                    break;
                case "status":
                    Assert.Equal(value.GetString(), device.RawStatus);
                    break;
                default:
                    Assert.True(device.AdditionalProperties.ContainsKey(property.Name), $"device '{property.Name}' was lost.");
                    MobileNextFixtures.AssertContains(value, device.AdditionalProperties[property.Name]);
                    break;
            }
        }

        if (!json.TryGetProperty("id", out _) && !json.TryGetProperty("deviceId", out _))
        {
            Assert.Equal(json.GetProperty("info").GetProperty("serial").GetString(), device.Id);
        }
    }

    /// <summary>The second alias of a field is mapped when it is alone, and kept in AdditionalProperties when the first one won.</summary>
    private static void AssertMappedOrKept(string? mapped, IReadOnlyDictionary<string, JsonElement> additional, JsonProperty property, bool firstAliasPresent)
    {
        if (firstAliasPresent)
        {
            Assert.True(additional.TryGetValue(property.Name, out var kept), $"'{property.Name}' was lost.");
            Assert.Equal(Text(property.Value), kept.GetString());
        }
        else
        {
            Assert.Equal(Text(property.Value), mapped);
        }
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
