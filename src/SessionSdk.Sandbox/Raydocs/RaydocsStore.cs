using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Raydocs;

/// <summary>
/// Raydocs' extraction sessions, the workspace's documents and the sessions' results, thread-safe. Ids are UUIDs,
/// looked up case-insensitively. Uploads are de-duplicated by SHA-256 (of the upload key, in the sandbox): a second
/// upload of the same key reuses the workspace document, as the docs describe. Uploaded documents parse in one stage
/// of the sandbox's clock; an extraction run is deferred (<c>parsing_pending</c>) until its documents are parsed, then
/// <c>processing</c> for one stage, then <c>completed</c> — or <c>failed</c> when a document's name contains
/// <c>fail</c>. Progress is brought up to date before every read.
/// </summary>
internal sealed partial class RaydocsStore(SandboxClock clock, SandboxRandom random, RaydocsStorage storage)
{
    public const int WorkspaceId = 123;
    public const int DocumentsPerPage = 15;

    private readonly object _gate = new();
    private readonly Dictionary<string, RaydocsSessionRecord> _sessions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JsonObject> _documents = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _documentsBySha = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _results = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DateTimeOffset> _parsing = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RaydocsRun> _runs = new(StringComparer.OrdinalIgnoreCase);

    public void Seed(RaydocsSessionRecord record, IEnumerable<JsonObject> documents)
    {
        lock (_gate)
        {
            _sessions[record.Session["id"]!.GetValue<string>()] = record;
            foreach (var document in documents)
            {
                var id = document["id"]!.GetValue<string>();
                _documents[id] = document;
                record.DocumentIds.Add(id);
                if (document["sha256"] is JsonValue sha && sha.TryGetValue<string>(out var hash))
                {
                    _documentsBySha[hash] = id;
                }
            }

            foreach (var result in record.Results)
            {
                _results[result["id"]!.GetValue<string>()] = result;
            }
        }
    }

    public JsonObject Create(string templateId, string? name, JsonObject? settings)
    {
        var now = SandboxTimestamps.Seconds(clock.Next());
        var session = new JsonObject
        {
            ["id"] = random.NextId(),
            ["name"] = name,
            ["extraction_template_id"] = templateId.ToLowerInvariant(),
            ["settings"] = settings?.DeepClone() ?? new JsonObject(),
            ["status"] = "pending",
            ["created_at"] = now,
            ["updated_at"] = now,
        };
        lock (_gate)
        {
            var record = new RaydocsSessionRecord(session);
            _sessions[session["id"]!.GetValue<string>()] = record;
            return Render(record);
        }
    }

    public JsonObject? Get(string id)
    {
        lock (_gate)
        {
            Advance();
            return _sessions.TryGetValue(id, out var record) ? Render(record) : null;
        }
    }

    /// <summary>Deletes a session with its results, and its documents unless another session still uses them.</summary>
    public bool Delete(string id)
    {
        lock (_gate)
        {
            if (!_sessions.Remove(id, out var record))
            {
                return false;
            }

            foreach (var result in record.Results)
            {
                _results.Remove(result["id"]!.GetValue<string>());
            }

            foreach (var documentId in record.DocumentIds.Where(d => !_sessions.Values.Any(s => s.DocumentIds.Contains(d))))
            {
                if (_documents.Remove(documentId, out var document) && document["sha256"] is JsonValue sha && sha.TryGetValue<string>(out var hash))
                {
                    _documentsBySha.Remove(hash);
                }
            }

            return true;
        }
    }

    public (List<JsonObject> Page, int Total)? Documents(string id, int page)
    {
        lock (_gate)
        {
            Advance();
            if (!_sessions.TryGetValue(id, out var record))
            {
                return null;
            }

            var all = record.DocumentIds.Select(d => (JsonObject)_documents[d].DeepClone()).ToList();
            return (all.Skip((page - 1) * DocumentsPerPage).Take(DocumentsPerPage).ToList(), all.Count);
        }
    }

    public List<JsonObject>? Upload(string id, IReadOnlyList<string> keys)
    {
        lock (_gate)
        {
            if (!_sessions.TryGetValue(id, out var record))
            {
                return null;
            }

            var uploaded = new List<JsonObject>();
            foreach (var key in keys)
            {
                // A key whose file was PUT to storage is that file; any other "tmp/" key stands for a file named after it.
                var file = storage.Find(key);
                var hash = file?.Sha256 ?? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();
                if (!_documentsBySha.TryGetValue(hash, out var documentId))
                {
                    documentId = random.NextId();
                    _documents[documentId] = NewDocument(documentId, key, hash, file);
                    _documentsBySha[hash] = documentId;
                    _parsing[documentId] = clock.Peek();
                }

                if (!record.DocumentIds.Contains(documentId))
                {
                    record.DocumentIds.Add(documentId);
                }

                uploaded.Add((JsonObject)_documents[documentId].DeepClone());
            }

            record.Session["updated_at"] = SandboxTimestamps.Seconds(clock.Next());
            Advance();
            return uploaded.Select(d => (JsonObject)_documents[d["id"]!.GetValue<string>()].DeepClone()).ToList();
        }
    }

    /// <summary>Detaches a document from a session; the workspace document is kept. Null when the session is missing.</summary>
    public bool? Detach(string id, string documentId)
    {
        lock (_gate)
        {
            if (!_sessions.TryGetValue(id, out var record))
            {
                return null;
            }

            var index = record.DocumentIds.FindIndex(d => string.Equals(d, documentId, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return false;
            }

            record.DocumentIds.RemoveAt(index);
            record.Session["updated_at"] = SandboxTimestamps.Seconds(clock.Next());
            return true;
        }
    }

    public List<JsonObject>? Results(string id)
    {
        lock (_gate)
        {
            Advance();
            return _sessions.TryGetValue(id, out var record) ? record.Results.Select(r => (JsonObject)r.DeepClone()).ToList() : null;
        }
    }

    public JsonObject? Result(string resultId)
    {
        lock (_gate)
        {
            Advance();
            return _results.TryGetValue(resultId, out var result) ? (JsonObject)result.DeepClone() : null;
        }
    }

    private JsonObject Render(RaydocsSessionRecord record)
    {
        var rendered = (JsonObject)record.Session.DeepClone();
        rendered["documents"] = new JsonArray(record.DocumentIds.Select(d => (JsonNode)_documents[d].DeepClone()).ToArray());
        rendered["results"] = new JsonArray(record.Results.Select(r => (JsonNode)r.DeepClone()).ToArray());
        return rendered;
    }

    private JsonObject NewDocument(string id, string key, string hash, RaydocsStorage.StoredFile? file)
    {
        var filename = key[(key.LastIndexOf('/') + 1)..];
        if (file is not null)
        {
            filename += file.ContentType switch
            {
                "application/pdf" => ".pdf",
                "image/png" => ".png",
                "image/jpeg" => ".jpg",
                _ => ".bin",
            };
        }

        return new JsonObject
        {
            ["id"] = id,
            ["workspace_id"] = WorkspaceId,
            ["filename"] = filename,
            ["mime"] = file?.ContentType
                ?? (filename.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "application/pdf"
                : filename.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "image/png"
                : filename.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) ? "image/jpeg"
                : "application/octet-stream"),
            ["size"] = file?.Size ?? 10_000 + (Convert.ToInt32(hash[..6], 16) % 500_000),
            ["sha256"] = hash,
            ["status"] = "uploaded",
            ["source_type"] = "upload",
            ["source_url"] = null,
            ["parsings"] = new JsonArray(),
            ["created_at"] = SandboxTimestamps.Seconds(clock.Next()),
        };
    }
}
