using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SessionSdk.Sandbox.Hosting;

/// <summary>Reading request bodies and writing JSON responses, with no framework behaviour of its own in between.</summary>
internal static class SandboxHttp
{
    /// <summary>The largest request body the sandbox reads.</summary>
    public const int MaxRequestBytes = 1024 * 1024;

    // Relaxed escaping keeps "+00:00" and "&" readable in curl output; the content type is always JSON.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteJsonAsync(HttpContext context, int statusCode, JsonNode? body, string contentType = "application/json")
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        if (body is null || HttpMethods.IsHead(context.Request.Method) || statusCode == StatusCodes.Status204NoContent)
        {
            return Task.CompletedTask;
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            body.WriteTo(writer);
        }

        response.ContentType = contentType;
        response.ContentLength = buffer.WrittenCount;
        return response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).AsTask();
    }

    /// <summary>
    /// The text of the 501 for a route the sandbox does not serve. Not a 404: a missing route must never read as a
    /// missing session, and 501 is neither retried nor mistaken for one.
    /// </summary>
    public static string Unserved(HttpContext context) =>
        $"The SessionSdk sandbox does not serve {context.Request.Method} {context.Request.Path.Value}: the vendor documents it nowhere the sandbox follows, or the sandbox does not implement it.";

    public static Task NoContentAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    public static string RouteValue(HttpContext context, string name) =>
        context.Request.RouteValues.TryGetValue(name, out var value) && value is string text ? text : string.Empty;

    public static string? Query(HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Reads the request body as JSON; an empty body is <see cref="RequestBody.Empty"/>, unparsable text has kind <see cref="RequestBodyKind.Invalid"/>.</summary>
    public static async Task<RequestBody> ReadJsonAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > MaxRequestBytes)
        {
            return RequestBody.TooLarge;
        }

        using var memory = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (memory.Length + read > MaxRequestBytes)
            {
                return RequestBody.TooLarge;
            }

            memory.Write(chunk, 0, read);
        }

        if (memory.Length == 0 || Encoding.UTF8.GetString(memory.GetBuffer(), 0, (int)memory.Length).Trim().Length == 0)
        {
            return RequestBody.Empty;
        }

        try
        {
            var node = JsonNode.Parse(memory.GetBuffer().AsSpan(0, (int)memory.Length), documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
            return new RequestBody(RequestBodyKind.Json, node, null, 0);
        }
        catch (JsonException e)
        {
            return new RequestBody(RequestBodyKind.Invalid, null, e.Message, (int)(e.BytePositionInLine ?? 0));
        }
    }
}
