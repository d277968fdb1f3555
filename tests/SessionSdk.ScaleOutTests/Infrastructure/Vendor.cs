using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SessionSdk.ScaleOutTests.Infrastructure;

/// <summary>A stand-in vendor on loopback that answers session reads and counts what reaches it.</summary>
public sealed class Vendor : IDisposable
{
    public Vendor()
    {
        Server = WireMockServer.Start();
    }

    public WireMockServer Server { get; }

    public Uri BaseAddress => new(Server.Url!);

    public int Count(string method) => Server.LogEntries.Count(e => e.RequestMessage!.Method == method);

    public IReadOnlyList<DateTime> Times(string method) =>
        Server.LogEntries.Where(e => e.RequestMessage!.Method == method).Select(e => e.RequestMessage!.DateTime).Order().ToArray();

    public int Status(int status) => Server.LogEntries.Count(e => (int)e.ResponseMessage!.StatusCode! == status);

    public void Respond(string method, string path, int status, string json) =>
        Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(json));

    public static string RaydocsSession(string id) =>
        $$"""{"id":"{{id}}","name":"Invoices","status":"completed","extraction_template_id":"tpl-1","created_at":"2024-01-01T00:00:00Z","updated_at":"2024-01-01T00:00:00Z","documents":[],"results":[]}""";

    public static string KodexaSession(string id, string state, int changeSequence) =>
        $$"""{"id":"{{id}}","uuid":"u-{{id}}","changeSequence":{{changeSequence}},"createdOn":"2024-01-01T00:00:00Z","state":"{{state}}","token":"secret-session-token-{{id}}"}""";

    public void Dispose() => Server.Stop();
}
