namespace SessionSdk.IntegrationTests.Kodexa;

/// <summary>Kodexa bodies as the vendor documents them.</summary>
internal static class KodexaJson
{
    public static string Session(string id, string createdOn = "2024-01-01T00:00:00Z", string state = "OPEN", int changeSequence = 1) =>
        $$$"""{"id":"{{{id}}}","uuid":"u-{{{id}}}","changeSequence":{{{changeSequence}}},"createdOn":"{{{createdOn}}}","updatedOn":"{{{createdOn}}}","organizationId":"org-1","state":"{{{state}}}","token":"session-token-{{{id}}}","vendorExtra":{"keep":true}}""";

    public static string Page(int number, bool last, int totalPages, params string[] items) =>
        $$$"""{"content":[{{{string.Join(",", items)}}}],"first":{{{(number <= 1 ? "true" : "false")}}},"last":{{{(last ? "true" : "false")}}},"number":{{{number}}},"numberOfElements":{{{items.Length}}},"size":2,"totalElements":6,"totalPages":{{{totalPages}}},"empty":false,"sort":{"empty":false,"sorted":true,"unsorted":false},"pageable":{"offset":0,"pageNumber":{{{number}}},"pageSize":2,"paged":true,"unpaged":false}}""";

    public const string NotFound = """{"dateTime":"2024-01-01T00:00:00Z","message":"Session with id missing-1 not found","incidentId":"inc-404","contextPath":"/api/sessions/missing-1","errors":{},"stackTrace":null}""";

    public const string Unauthorized = """{"type":"https://zalando.github.io/problem/problem-type","title":"Unauthorized","status":401,"detail":"Full authentication is required to access this resource","instance":"/api/sessions"}""";

    public const string BadRequest = """{"dateTime":"2024-01-01T00:00:00Z","message":"Validation failed","incidentId":"inc-400","errors":{"state":{"message":"must be OPEN or CLOSED"},"organizationId":"must not be blank"}}""";
}
