using System.Text.Json.Nodes;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Raydocs;

/// <summary>How an uploaded document and an extraction run move on with the sandbox's clock.</summary>
internal static class RaydocsResultStates
{
    public const string ParsingPending = "parsing_pending";

    /// <summary><c>uploaded</c> at once, <c>parsing</c> during the first stage, then <c>ready</c> — or <c>failed</c> for a file named <c>…unreadable…</c>.</summary>
    public static void AdvanceDocument(JsonObject document, int stages, DateTimeOffset parsedAt)
    {
        var unreadable = document["filename"]?.GetValue<string>().Contains("unreadable", StringComparison.OrdinalIgnoreCase) == true;
        var (status, parsing) = stages switch
        {
            0 => ("uploaded", "queued"),
            _ when unreadable => ("failed", "failed"),
            _ => ("ready", "completed"),
        };
        document["status"] = status;
        document["parsings"] = new JsonArray(new JsonObject
        {
            ["id"] = "parse-" + document["id"]!.GetValue<string>()[..8],
            ["config_hash"] = "cfg_sandbox",
            ["status"] = parsing,
            ["parser_version"] = "2.3.0",
            ["updated_at"] = document["created_at"]?.DeepClone(),
        });
        if (stages > 0)
        {
            document["parsings"]![0]!["updated_at"] = SandboxTimestamps.Seconds(parsedAt);
        }
    }

    /// <summary><c>parsing_pending</c> until the documents are parsed, <c>processing</c> for one stage, then <c>completed</c> (or <c>failed</c>).</summary>
    public static void AdvanceRun(RaydocsRun run, SandboxClock clock)
    {
        var result = run.Result;
        if (result["status"]?.GetValue<string>() is "completed" or "failed")
        {
            return;
        }

        var now = clock.Peek();
        var stages = now < run.ParsedAt ? -1 : clock.StagesSince(run.ParsedAt);
        var failed = run.FileNames.Any(f => f.Contains("fail", StringComparison.OrdinalIgnoreCase));
        var status = stages switch
        {
            < 0 => ParsingPending,
            0 => "processing",
            _ => failed ? "failed" : "completed",
        };
        if (status == result["status"]?.GetValue<string>())
        {
            return;
        }

        var changedAt = status switch
        {
            "processing" => run.ParsedAt,
            ParsingPending => now,
            _ => clock.StageEnd(run.ParsedAt, 1),
        };
        result["status"] = status;
        result["updated_at"] = SandboxTimestamps.Seconds(changedAt);
        if (status is "completed" or "failed")
        {
            result["completed_at"] = SandboxTimestamps.Seconds(changedAt);
        }

        if (status == "completed")
        {
            result["data"] = new JsonObject
            {
                ["document_count"] = run.FileNames.Count,
                ["documents"] = new JsonArray(run.FileNames.Select(f => (JsonNode)JsonValue.Create(f)!).ToArray()),
                ["invoice_number"] = "INV-" + result["id"]!.GetValue<string>()[..6].ToUpperInvariant(),
            };
            result["audit_data"] = new JsonObject
            {
                ["invoice_number"] = new JsonObject
                {
                    ["reasoning"] = "Printed at the top of the first page.",
                    ["sources"] = new JsonArray(new JsonObject { ["chunk_id"] = "c1", ["text"] = "Invoice number", ["page"] = 1 }),
                },
            };
        }

        // The session follows its newest run: processing while it runs, then completed or failed.
        if (ReferenceEquals(run.Session.Results.LastOrDefault(), result))
        {
            run.Session.Session["status"] = status == ParsingPending ? "processing" : status;
            run.Session.Session["updated_at"] = result["updated_at"]!.DeepClone();
        }
    }
}
