using System.Text.Json.Nodes;

namespace SessionSdk;

/// <summary>What to change in a session. Unset members are left as they are.</summary>
public sealed class UpdateSessionRequest
{
    /// <summary>Gets or sets a new display name, for vendors that have one; others reject it with <see cref="ArgumentException"/>.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Gets or sets free-form data merged into the session's data at the top level: keys given here replace the
    /// session's keys of the same name, other keys are kept, nested objects are replaced rather than merged.
    /// </summary>
    public JsonObject? Metadata { get; set; }

    /// <summary>
    /// Gets or sets the version the caller last saw (<see cref="Session.Version"/>). When it no longer matches, the
    /// update fails with <see cref="SessionConflictException"/> and nothing is written.
    /// </summary>
    public string? ExpectedVersion { get; set; }

    /// <summary>Gets vendor fields to set, by the vendor's JSON name — for example Kodexa <c>state</c> = <c>CLOSED</c>.</summary>
    public JsonObject AdditionalProperties { get; } = [];
}
