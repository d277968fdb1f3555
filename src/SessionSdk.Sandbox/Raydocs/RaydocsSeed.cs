using System.Text.Json.Nodes;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Raydocs;

/// <summary>Raydocs' two documented examples (the worked one, without <c>status</c>, and the schema one) plus a generated set.</summary>
internal static class RaydocsSeed
{
    private const int SessionCount = 40;
    private static readonly string[] Subjects = ["Invoices", "Receipts", "Purchase orders", "Bank statements", "Contracts", "Delivery notes"];
    private static readonly string[] Suppliers = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries"];
    private static readonly string[] Statuses = ["pending", "processing", "completed", "completed", "completed", "failed"];

    public static void Seed(RaydocsStore store, DateTimeOffset anchor)
    {
        var random = new SandboxRandom(20261102);
        SeedWorkedExample(store);
        SeedSchemaExample(store);

        var templates = Enumerable.Range(0, 4).Select(_ => random.NextId()).ToArray();
        foreach (var created in SeedTimeline.Spread(random, anchor, SessionCount))
        {
            var status = random.Pick(Statuses);
            var updated = SeedTimeline.Later(random, created, anchor, 90);
            var record = new RaydocsSessionRecord(new JsonObject
            {
                ["id"] = random.NextId(),
                ["name"] = $"{random.Pick(Subjects)} {random.Pick(Suppliers)} {created:yyyy-MM}",
                ["extraction_template_id"] = random.Pick(templates),
                ["settings"] = new JsonObject { ["auto_extract"] = random.Next(2) == 0 },
                ["status"] = status,
                ["created_at"] = SandboxTimestamps.Seconds(created),
                ["updated_at"] = SandboxTimestamps.Seconds(updated),
            });

            var documents = new List<JsonObject>();
            var count = status == "pending" ? random.Next(0, 2) : random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                documents.Add(new JsonObject
                {
                    ["id"] = random.NextId(),
                    ["workspace_id"] = RaydocsStore.WorkspaceId,
                    ["filename"] = $"scan_{random.Next(1000, 9999)}.pdf",
                    ["mime"] = "application/pdf",
                    ["size"] = random.Next(20_000, 900_000),
                    ["sha256"] = random.NextHex(32),
                    ["status"] = status == "pending" ? "uploaded" : "ready",
                    ["source_type"] = "upload",
                    ["source_url"] = null,
                    ["parsings"] = new JsonArray(),
                    ["created_at"] = SandboxTimestamps.Seconds(created),
                });
            }

            if (status is "completed" or "failed")
            {
                var total = random.Next(1_000, 250_000) / 100m;
                record.Results.Add(new JsonObject
                {
                    ["id"] = random.NextId(),
                    ["extraction_session_id"] = record.Session["id"]!.DeepClone(),
                    ["status"] = status,
                    ["config_hash"] = "cfg_" + random.NextHex(8),
                    ["document_refs"] = new JsonArray(),
                    ["data"] = status == "completed" ? new JsonObject { ["invoice_number"] = $"INV-{random.Next(10000, 99999)}", ["total"] = total, ["currency"] = "EUR" } : new JsonObject(),
                    ["audit_data"] = status == "completed"
                        ? new JsonObject { ["total"] = new JsonObject { ["reasoning"] = "Sum on the last page.", ["sources"] = new JsonArray(new JsonObject { ["chunk_id"] = "c1", ["text"] = $"Total {total} EUR", ["page"] = 1 }) } }
                        : new JsonObject(),
                    ["created_at"] = SandboxTimestamps.Seconds(updated),
                    ["updated_at"] = SandboxTimestamps.Seconds(updated),
                });
            }

            store.Seed(record, documents);
        }
    }

    /// <summary>The "Get Extraction Session" worked example, exactly: it has no <c>status</c>, and its document and result are abridged.</summary>
    private static void SeedWorkedExample(RaydocsStore store)
    {
        var record = new RaydocsSessionRecord(new JsonObject
        {
            ["id"] = SandboxExampleIds.RaydocsSession,
            ["name"] = "Q1 2024 Invoices",
            ["extraction_template_id"] = SandboxExampleIds.RaydocsTemplate,
            ["settings"] = new JsonObject(),
            ["created_at"] = "2024-01-15T10:30:00Z",
            ["updated_at"] = "2024-01-15T10:30:00Z",
        });
        record.Results.Add(new JsonObject { ["id"] = "990e8400-e29b-41d4-a716-446655440000", ["status"] = "completed", ["title"] = "Invoice #12345" });
        store.Seed(record, [new JsonObject { ["id"] = "880e8400-e29b-41d4-a716-446655440000", ["filename"] = "invoice_001.pdf", ["status"] = "ready", ["meta"] = new JsonObject { ["page_count"] = 2 } }]);
    }

    /// <summary>The "Get Extraction Session" schema example, with its placeholders filled in.</summary>
    private static void SeedSchemaExample(RaydocsStore store)
    {
        const string Created = "2023-11-07T05:31:56Z";
        var record = new RaydocsSessionRecord(new JsonObject
        {
            ["id"] = SandboxExampleIds.RaydocsSchemaSession,
            ["name"] = "Schema example",
            ["extraction_template_id"] = SandboxExampleIds.RaydocsSchemaSession,
            ["settings"] = new JsonObject(),
            ["status"] = "pending",
            ["created_at"] = Created,
            ["updated_at"] = Created,
        });
        record.Results.Add(new JsonObject
        {
            ["id"] = "3c90c3cc-0d44-4b50-8888-8dd25736052c",
            ["extraction_session_id"] = SandboxExampleIds.RaydocsSchemaSession,
            ["status"] = "created",
            ["config_hash"] = "cfg_9eeae65063f17f55",
            ["document_refs"] = new JsonArray(new JsonObject
            {
                ["kind"] = "documentRef",
                ["documentId"] = "3c90c3cc-0d44-4b50-8888-8dd25736052b",
                ["workspaceId"] = RaydocsStore.WorkspaceId,
                ["filename"] = "invoice.pdf",
                ["mime"] = "application/pdf",
                ["size"] = 123,
                ["sha256"] = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                ["source"] = new JsonObject { ["type"] = "upload", ["url"] = "https://files.example.invalid/invoice.pdf" },
                ["createdAt"] = Created,
            }),
            ["data"] = new JsonObject(),
            ["audit_data"] = new JsonObject(),
            ["created_at"] = Created,
            ["updated_at"] = Created,
        });
        store.Seed(record, [new JsonObject
        {
            ["id"] = "3c90c3cc-0d44-4b50-8888-8dd25736052b",
            ["workspace_id"] = RaydocsStore.WorkspaceId,
            ["filename"] = "invoice.pdf",
            ["mime"] = "application/pdf",
            ["size"] = 123,
            ["sha256"] = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            ["status"] = "uploaded",
            ["source_type"] = "upload",
            ["source_url"] = "https://files.example.invalid/invoice.pdf",
            ["parsings"] = new JsonArray(new JsonObject
            {
                ["id"] = "3c90c3cc-0d44-4b50-8888-8dd25736052d",
                ["config_hash"] = "cfg_9eeae65063f17f55",
                ["status"] = "queued",
                ["parser_version"] = "2.1.0",
                ["updated_at"] = Created,
            }),
            ["created_at"] = Created,
        }]);
    }
}
