using System.Text;

namespace SessionSdk.Benchmarks;

/// <summary>The Kodexa session exactly as the vendor documents it (GET /api/sessions/{id}), and pages of them.</summary>
internal static class KodexaDocs
{
    public const string SessionJson = """
        {
        "changeSequence": 123,
        "createdOn": "2023-11-07T05:31:56Z",
        "id": "4f1c2a9e-8b7d-4c3e-9f10-2b3c4d5e6f70",
        "organization": {
        "authGroupLink": {
        "authGroup": "<string>"
        },
        "changeSequence": 123,
        "createdOn": "2023-11-07T05:31:56Z",
        "defaultToPrivateTemplates": true,
        "description": "Document processing organization for Acme Corp.",
        "enterpriseOrganization": true,
        "features": {},
        "hasImage": true,
        "id": "550e8400-e29b-41d4-a716-446655440000",
        "memory": {
        "orderedDashboards": [
        "<string>"
        ]
        },
        "name": "Acme Corp",
        "organizationStatus": "ACTIVE",
        "properties": {},
        "publicAccess": true,
        "searchText": "<string>",
        "slug": "acme-corp",
        "stripeCustomerId": "<string>",
        "supportAccess": true,
        "supportAccessExpiresAt": "2023-11-07T05:31:56Z",
        "updatedOn": "2023-11-07T05:31:56Z",
        "uuid": "550e8400e29b41d4a716446655440000"
        },
        "organizationId": "<string>",
        "state": "<string>",
        "token": "<string>",
        "updatedOn": "2023-11-07T05:31:56Z",
        "uuid": "<string>"
        }
        """;

    public const string SessionId = "4f1c2a9e-8b7d-4c3e-9f10-2b3c4d5e6f70";

    public static readonly byte[] Session = Encoding.UTF8.GetBytes(SessionJson);

    /// <summary>The <c>{"content":[ … ]</c> part of a page of <paramref name="size"/> documented sessions; the caller appends the page's tail.</summary>
    public static byte[] PageItems(int size) =>
        Encoding.UTF8.GetBytes("""{"content":[""" + string.Join(",", Enumerable.Repeat(SessionJson, size)));

    /// <summary>The end of page <paramref name="number"/> (Spring page fields), closing the object.</summary>
    public static byte[] PageTail(int number, int size, long total)
    {
        var pages = (int)((total + size - 1) / size);
        var last = number >= pages - 1;
        // One small session whose id names the page closes the content array: every page differs, as a real listing's
        // pages do (the SDK stops a listing that serves the same page of sessions again).
        return Encoding.UTF8.GetBytes(
            $$""",{"id":"page-{{number}}","state":"OPEN"}],"number":{{number}},"size":{{size}},"numberOfElements":{{size}},"totalElements":{{total}},"totalPages":{{pages}},"first":{{(number == 0 ? "true" : "false")}},"last":{{(last ? "true" : "false")}}}""");
    }
}
