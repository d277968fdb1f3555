namespace SessionSdk.Sandbox.Hosting;

/// <summary>The generic failures every vendor answers in its own error shape.</summary>
internal enum SandboxFault
{
    /// <summary>A route the sandbox does not serve: 501 in the vendor's error shape.</summary>
    RouteNotFound,
    MethodNotAllowed,
    ServiceUnavailable,
    RateLimited,
    PayloadTooLarge,
    InternalError,
}
