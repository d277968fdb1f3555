using System.Text.Json.Nodes;

namespace SessionSdk;

/// <summary>What to create. Unset members are left to the vendor's defaults.</summary>
public sealed class CreateSessionRequest
{
    /// <summary>Gets or sets the display name, for vendors that have one (Raydocs); others reject it with <see cref="ArgumentException"/>.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the free-form session data, for vendors that have it (Kodexa agent <c>metadata</c>, Raydocs <c>settings</c>).</summary>
    public JsonObject? Metadata { get; set; }

    /// <summary>Gets or sets a client-chosen session id, for vendors that allow one (<see cref="SessionCapabilities.CreateWithId"/>).</summary>
    public string? SessionId { get; set; }

    /// <summary>
    /// Gets or sets the provider to create the session with. Only the composite client reads it; a provider's own
    /// client ignores it.
    /// </summary>
    public string? ProviderName { get; set; }

    /// <summary>
    /// Gets vendor fields sent as given in the request body, by the vendor's JSON name — for example Raydocs
    /// <c>extraction_template_id</c> (required) or Kodexa agent <c>agentRuntimeId</c>.
    /// </summary>
    public JsonObject AdditionalProperties { get; } = [];
}
