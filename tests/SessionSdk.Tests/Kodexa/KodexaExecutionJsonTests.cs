using System.Text.Json;
using System.Text.Json.Nodes;
using SessionSdk.Providers.Kodexa;

namespace SessionSdk.Tests.Kodexa;

/// <summary>Kodexa's legacy execution payloads (2022 API) survive a read and a write with nothing lost.</summary>
public sealed class KodexaExecutionJsonTests
{
    public static TheoryData<string> ExecutionFixtures() => new(JsonFixture.Names("Kodexa").Where(n => n.StartsWith("execution-", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(ExecutionFixtures))]
    public void ExecutionPayload_RoundTripsWithNoFieldLost(string fixture)
    {
        var json = JsonFixture.Read("Kodexa", fixture);

        var written = fixture switch
        {
            _ when fixture.StartsWith("execution-event-", StringComparison.Ordinal) => RoundTrip(json, KodexaJsonContext.Default.KodexaExecutionEvent),
            _ when fixture.StartsWith("execution-logs", StringComparison.Ordinal) => RoundTrip(json, KodexaJsonContext.Default.ListKodexaExecutionLogEntry),
            _ => RoundTrip(json, KodexaJsonContext.Default.KodexaExecution),
        };

        JsonFixture.AssertContains(JsonNode.Parse(json), written);
    }

    [Fact]
    public void Execution_FromTheOpenApiShape_TypesTheDocumentedFields()
    {
        var execution = Read("execution-2022-shape.json");

        Assert.Equal("exec-7f3a", execution.Id);
        Assert.Equal(KodexaExecutionStatuses.Failed, execution.Status);
        Assert.Equal(new DateTimeOffset(2022, 9, 1, 10, 0, 42, 125, TimeSpan.Zero), execution.UpdatedOn);
        Assert.Equal(41000, execution.ProcessingTime);
        Assert.True(execution.LoggingEnabled);
        Assert.Equal("Validation", execution.ExceptionDetails!.ErrorType);
        Assert.Equal("See the step's options", execution.ExceptionDetails.Help);
        Assert.Equal(400, execution.ExceptionDetails.StatusCode);
        Assert.Equal(2, execution.StatusDetails!.Progress);
        Assert.Equal(3, execution.StatusDetails.ProgressMax);
        Assert.Equal("OPEN", execution.Session!.State);
        var content = Assert.Single(execution.ContentObjects!);
        Assert.Equal("DOCUMENT", content.ContentType);
        Assert.Equal(123456, content.Size);
        Assert.Equal(["spatial"], content.Mixins!);
        Assert.Equal("INV-001", execution.Context!.Value.GetProperty("invoiceNumber").GetString());
        Assert.Equal("acme-corp/invoice-pipeline:1.0.0", execution.Pipeline!.Value.GetProperty("ref").GetString());
        Assert.Equal("co-out", execution.OutputId);
        Assert.True(execution.AdditionalProperties!["vendorExtra"].GetProperty("keep").GetBoolean());
    }

    [Fact]
    public void Execution_UnknownStatus_IsKeptAsSent()
    {
        var execution = Read("execution-unknown-status.json");

        Assert.Equal("PAUSED_FOR_REVIEW", execution.Status);
        Assert.Equal("PAUSED_FOR_REVIEW", execution.StatusDetails!.Status);
        Assert.Equal("ops", execution.StatusDetails.AdditionalProperties!["reviewer"].GetString());
        var written = JsonSerializer.SerializeToNode(execution, KodexaJsonContext.Default.KodexaExecution)!;
        Assert.Equal("PAUSED_FOR_REVIEW", written["status"]!.GetValue<string>());
    }

    [Fact]
    public void ToString_NeverPrintsATokenOrTheSession()
    {
        var execution = Read("execution-2022-shape.json");
        var executionEvent = JsonSerializer.Deserialize(JsonFixture.Read("Kodexa", "execution-event-start.json"), KodexaJsonContext.Default.KodexaExecutionEvent)!;

        Assert.Equal("KodexaExecution exec-7f3a (FAILED)", execution.ToString());
        Assert.DoesNotContain("token", executionEvent.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("START_EXECUTION", executionEvent.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void LogEntry_ToAdd_WritesOnlyTheEntry()
    {
        var body = JsonSerializer.Serialize(new List<KodexaExecutionLogEntry> { new() { Entry = "step 2 started" } }, KodexaJsonContext.Default.ListKodexaExecutionLogEntry);

        Assert.Equal("""[{"entry":"step 2 started"}]""", body);
    }

    private static KodexaExecution Read(string fixture) =>
        JsonSerializer.Deserialize(JsonFixture.Read("Kodexa", fixture), KodexaJsonContext.Default.KodexaExecution)!;

    private static JsonNode? RoundTrip<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class =>
        JsonSerializer.SerializeToNode(JsonSerializer.Deserialize(json, typeInfo)!, typeInfo);
}
