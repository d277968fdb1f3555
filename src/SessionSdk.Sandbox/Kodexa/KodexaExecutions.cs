using System.Text.Json.Nodes;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Kodexa;

/// <summary>
/// The executions of Kodexa sessions (<c>/api/sessions/{id}/execute</c> and <c>…/executions…</c>), thread-safe. An
/// execution is <c>PENDING</c> for one stage of the sandbox's clock, <c>RUNNING</c> for one more, then
/// <c>SUCCEEDED</c> — or <c>FAILED</c> when its options say <c>"fail": true</c> or its document's name contains
/// <c>fail</c>. A status set through <c>PUT …/status</c> stops that timeline. Its log grows as it moves on.
/// </summary>
internal sealed class KodexaExecutions(SandboxClock clock, SandboxRandom random)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, List<Execution>> _bySession = new(StringComparer.OrdinalIgnoreCase);

    public JsonObject Start(string sessionId, string fileName, JsonObject? options)
    {
        var now = clock.Next();
        var failing = options?["fail"] is JsonValue fail && fail.TryGetValue<bool>(out var yes) && yes
            || fileName.Contains("fail", StringComparison.OrdinalIgnoreCase);
        var execution = new Execution(random.NextId(), random.NextId(), now, fileName, failing, options);
        lock (_gate)
        {
            if (!_bySession.TryGetValue(sessionId, out var list))
            {
                _bySession[sessionId] = list = [];
            }

            list.Add(execution);
            return Render(execution);
        }
    }

    public List<JsonObject> List(string sessionId)
    {
        lock (_gate)
        {
            return _bySession.TryGetValue(sessionId, out var list) ? list.Select(Render).ToList() : [];
        }
    }

    public JsonObject? Get(string sessionId, string executionId)
    {
        lock (_gate)
        {
            return Find(sessionId, executionId) is { } execution ? Render(execution) : null;
        }
    }

    public JsonArray? Logs(string sessionId, string executionId)
    {
        lock (_gate)
        {
            if (Find(sessionId, executionId) is not { } execution)
            {
                return null;
            }

            var (_, stages) = Status(execution);
            var entries = new List<(int Stage, string Text)> { (0, $"Execution requested for {execution.FileName}") };
            if (stages >= 1)
            {
                entries.Add((1, $"Processing {execution.FileName}"));
            }

            if (stages >= 2)
            {
                entries.Add((2, execution.Failing ? $"Execution failed: {execution.FileName} could not be processed" : "Execution succeeded"));
            }

            return new JsonArray(entries.Select(e => (JsonNode)new JsonObject
            {
                ["id"] = $"{execution.Id}-log-{e.Stage}",
                ["logDate"] = SandboxTimestamps.JavaInstant(clock.StageEnd(execution.CreatedAt, e.Stage)),
                ["entry"] = e.Text,
            }).ToArray());
        }
    }

    /// <summary>Sets an execution's status details (and its status, when they name one); null when it is missing.</summary>
    public JsonObject? SetStatus(string sessionId, string executionId, JsonObject details)
    {
        lock (_gate)
        {
            if (Find(sessionId, executionId) is not { } execution)
            {
                return null;
            }

            execution.StatusDetails = (JsonObject)details.DeepClone();
            if (details["status"] is JsonValue status && status.TryGetValue<string>(out var word) && word.Length > 0)
            {
                execution.FixedStatus = word;
            }

            execution.UpdatedOn = clock.Next();
            return Render(execution);
        }
    }

    public void Forget(string sessionId)
    {
        lock (_gate)
        {
            _bySession.Remove(sessionId);
        }
    }

    private Execution? Find(string sessionId, string executionId) =>
        _bySession.TryGetValue(sessionId, out var list) ? list.Find(e => string.Equals(e.Id, executionId, StringComparison.OrdinalIgnoreCase)) : null;

    private (string Status, int Stages) Status(Execution execution)
    {
        var stages = clock.StagesSince(execution.CreatedAt);
        var status = execution.FixedStatus ?? stages switch
        {
            0 => "PENDING",
            1 => "RUNNING",
            _ => execution.Failing ? "FAILED" : "SUCCEEDED",
        };
        return (status, stages);
    }

    private JsonObject Render(Execution execution)
    {
        var (status, stages) = Status(execution);
        var body = new JsonObject
        {
            ["id"] = execution.Id,
            ["uuid"] = execution.Uuid,
            ["createdOn"] = SandboxTimestamps.JavaInstant(execution.CreatedAt),
            ["updatedOn"] = SandboxTimestamps.JavaInstant(execution.UpdatedOn ?? clock.StageEnd(execution.CreatedAt, Math.Min(stages, 2))),
            ["description"] = "Execution of " + execution.FileName,
            ["startDate"] = stages >= 1 ? SandboxTimestamps.JavaInstant(clock.StageEnd(execution.CreatedAt, 1)) : null,
            ["endDate"] = stages >= 2 ? SandboxTimestamps.JavaInstant(clock.StageEnd(execution.CreatedAt, 2)) : null,
            ["processingTime"] = stages >= 2 ? (long)clock.Step.TotalMilliseconds : null,
            ["loggingEnabled"] = true,
            ["status"] = status,
            ["statusDetails"] = execution.StatusDetails?.DeepClone() ?? new JsonObject
            {
                ["status"] = status,
                ["message"] = status switch { "PENDING" => "Waiting to run", "RUNNING" => "Processing " + execution.FileName, _ => "Done" },
                ["progress"] = Math.Min(stages, 2),
                ["progressMax"] = 2,
            },
            ["customOptions"] = execution.Options?.DeepClone() ?? new JsonObject(),
            ["contentObjects"] = new JsonArray(),
        };
        if (status == "FAILED")
        {
            body["exceptionDetails"] = new JsonObject
            {
                ["message"] = execution.FileName + " could not be processed",
                ["errorType"] = "Processing",
                ["description"] = "The sandbox fails executions whose options say \"fail\": true or whose document's name contains \"fail\".",
            };
        }

        return body;
    }

    private sealed class Execution(string id, string uuid, DateTimeOffset createdAt, string fileName, bool failing, JsonObject? options)
    {
        public string Id { get; } = id;

        public string Uuid { get; } = uuid;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public string FileName { get; } = fileName;

        public bool Failing { get; } = failing;

        public JsonObject? Options { get; } = options;

        public string? FixedStatus { get; set; }

        public JsonObject? StatusDetails { get; set; }

        public DateTimeOffset? UpdatedOn { get; set; }
    }
}
