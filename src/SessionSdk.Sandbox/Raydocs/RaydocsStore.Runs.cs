using System.Text.Json.Nodes;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Raydocs;

/// <summary>Extraction runs, and bringing parsing and runs up to the sandbox clock's now.</summary>
internal sealed partial class RaydocsStore
{
    /// <summary>Starts an extraction run over the session's documents; null when the session is missing, a 422 message when nothing can be extracted.</summary>
    public (JsonObject? Result, string? Problem)? Run(string id)
    {
        lock (_gate)
        {
            Advance();
            if (!_sessions.TryGetValue(id, out var record))
            {
                return null;
            }

            var documents = record.DocumentIds.Select(d => _documents[d]).ToList();
            if (documents.Count == 0)
            {
                return (null, "The session has no documents to extract from: upload at least one first.");
            }

            if (documents.All(d => d["status"]?.GetValue<string>() == "failed"))
            {
                return (null, "None of the session's documents can be extracted: they all failed to parse.");
            }

            var now = clock.Next();
            var resultId = random.NextId();
            var result = new JsonObject
            {
                ["id"] = resultId,
                ["extraction_session_id"] = record.Session["id"]!.DeepClone(),
                ["status"] = "created",
                ["config_hash"] = "cfg_" + random.NextHex(8),
                ["document_refs"] = new JsonArray(documents.Select(d => (JsonNode)DocumentRef(d)).ToArray()),
                ["data"] = new JsonObject(),
                ["audit_data"] = new JsonObject(),
                ["created_at"] = SandboxTimestamps.Seconds(now),
                ["updated_at"] = SandboxTimestamps.Seconds(now),
            };
            var parsedAt = record.DocumentIds.Select(d => _parsing.TryGetValue(d, out var started) ? clock.StageEnd(started, 1) : now).DefaultIfEmpty(now).Max();
            _runs[resultId] = new RaydocsRun(record, result, now > parsedAt ? now : parsedAt, documents.Select(d => d["filename"]?.GetValue<string>() ?? "").ToList());
            record.Results.Add(result);
            _results[resultId] = result;
            Advance();
            return ((JsonObject)result.DeepClone(), null);
        }
    }

    /// <summary>Brings parsing and runs up to the clock's now (under the lock).</summary>
    private void Advance()
    {
        foreach (var (documentId, started) in _parsing)
        {
            if (_documents.TryGetValue(documentId, out var document))
            {
                RaydocsResultStates.AdvanceDocument(document, clock.StagesSince(started), clock.StageEnd(started, 1));
            }
        }

        foreach (var run in _runs.Values)
        {
            RaydocsResultStates.AdvanceRun(run, clock);
        }
    }

    private static JsonObject DocumentRef(JsonObject document) => new()
    {
        ["kind"] = "documentRef",
        ["documentId"] = document["id"]?.DeepClone(),
        ["workspaceId"] = document["workspace_id"]?.DeepClone(),
        ["filename"] = document["filename"]?.DeepClone(),
        ["mime"] = document["mime"]?.DeepClone(),
        ["size"] = document["size"]?.DeepClone(),
        ["sha256"] = document["sha256"]?.DeepClone(),
        ["source"] = new JsonObject { ["type"] = "upload", ["url"] = null },
        ["createdAt"] = document["created_at"]?.DeepClone(),
    };
}
