namespace SessionSdk.Sandbox.Hosting;

/// <summary>The generic failures every vendor answers in its own error shape.</summary>
internal enum SandboxFault
{
    RouteNotFound,
    MethodNotAllowed,
    ServiceUnavailable,
    RateLimited,
    PayloadTooLarge,
    InternalError,
}
