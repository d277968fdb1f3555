namespace SessionSdk.IntegrationTests.Kodexa;

/// <summary>Kodexa execution bodies in the 2022 API's shape.</summary>
internal static class KodexaExecutionJson
{
    public static string Execution(string id, string status = "PENDING") =>
        $$$"""{"id":"{{{id}}}","uuid":"u-{{{id}}}","createdOn":"2022-09-01T10:00:00Z","status":"{{{status}}}","loggingEnabled":true,"processingTime":1200,"statusDetails":{"status":"{{{status}}}","message":"step 1 of 2","progress":1,"progressMax":2},"session":{"id":"sess-1","state":"OPEN","token":"session-token-sess-1"},"contentObjects":[{"id":"co-{{{id}}}","contentType":"DOCUMENT","size":42}],"context":{"invoice":"INV-1"},"vendorExtra":{"keep":true}}""";

    public const string ContentObject = """{"id":"co-out","uuid":"u-co-out","contentType":"DOCUMENT","documentVersion":"4.0.0","index":1,"mixins":["spatial"],"size":5,"storeRef":"acme-corp/invoices:1.0.0","documentFamilyId":"fam-1","labels":[{"name":"invoice","label":"Invoice"}]}""";

    public const string Logs = """[{"id":"log-1","logDate":"2022-09-01T10:00:02Z","entry":"Parsing PDF"},{"id":"log-2","logDate":"2022-09-01T10:00:03Z","entry":"Parsed 2 pages","level":"INFO"}]""";

    public const string ExecutionNotFound = """{"dateTime":"2024-01-01T00:00:00Z","message":"Execution with id missing-e not found","incidentId":"inc-404","contextPath":"/api/sessions/sess-1/executions/missing-e","errors":{}}""";
}
