using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.Raydocs;

/// <summary>The extraction workflow's routes: run an extraction, the signed upload URL, and the storage PUT target it points to.</summary>
internal sealed partial class RaydocsVendor
{
    private async Task RunAsync(HttpContext context)
    {
        switch (_store.Run(SessionId(context)))
        {
            case null:
                await SessionNotFoundAsync(context).ConfigureAwait(false);
                break;
            case ({ } result, _):
                await SandboxHttp.WriteJsonAsync(context, StatusCodes.Status201Created, result).ConfigureAwait(false);
                break;
            case (_, var problem):
                await RaydocsErrors.ValidationAsync(context, [("documents", problem!)]).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Laravel Vapor's signed URL: <c>{uuid, bucket, key, url, headers}</c>; the PUT must carry the listed headers and no token.</summary>
    private async Task SignedStorageUrlAsync(HttpContext context)
    {
        var body = (await SandboxHttp.ReadJsonAsync(context).ConfigureAwait(false)).Object ?? [];
        var contentType = body["content_type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String && type.GetValue<string>().Length > 0
            ? type.GetValue<string>()
            : "application/octet-stream";
        var visibility = body["visibility"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : "private";
        if (visibility is not ("private" or "public-read"))
        {
            await RaydocsErrors.ValidationAsync(context, [("visibility", "The selected visibility is invalid.")]).ConfigureAwait(false);
            return;
        }

        var (uuid, key, expires, signature) = _storage.Sign(contentType, visibility);
        var request = context.Request;
        await SandboxHttp.WriteJsonAsync(context, StatusCodes.Status201Created, new JsonObject
        {
            ["uuid"] = uuid,
            ["bucket"] = "sandbox-raydocs",
            ["key"] = key,
            ["url"] = $"{request.Scheme}://{request.Host}{RaydocsStorage.PathPrefix}{key}?expires={expires}&signature={signature}",
            ["headers"] = new JsonObject
            {
                ["Host"] = new JsonArray(request.Host.Value),
                ["Content-Type"] = contentType,
                ["x-amz-acl"] = new JsonArray(visibility),
            },
        }).ConfigureAwait(false);
    }

    private async Task PutFileAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers.ContainsKey("Authorization"))
        {
            await RaydocsErrors.StorageAsync(context, 400, "InvalidArgument", "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified").ConfigureAwait(false);
            return;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var refused = _storage.Put(
            SandboxHttp.RouteValue(context, "key"),
            SandboxHttp.Query(context, "expires"),
            SandboxHttp.Query(context, "signature"),
            request.ContentType,
            request.Headers["x-amz-acl"].ToString(),
            buffer.ToArray());
        if (refused is var (status, code, message))
        {
            await RaydocsErrors.StorageAsync(context, status, code, message).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.Headers.ETag = "\"" + Guid.NewGuid().ToString("N") + "\"";
    }
}
