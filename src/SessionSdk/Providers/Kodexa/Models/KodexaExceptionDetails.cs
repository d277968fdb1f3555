using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Kodexa;

/// <summary>Why an execution or step failed (<c>ExceptionDetails</c>, 2022 API).</summary>
public sealed class KodexaExceptionDetails
{
    /// <summary>Gets or sets the message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Gets or sets the status code.</summary>
    [JsonPropertyName("statusCode")]
    public int? StatusCode { get; set; }

    /// <summary>Gets or sets the error message.</summary>
    [JsonPropertyName("errorMessage")]
    public string? ErrorMessage { get; set; }

    /// <summary>Gets or sets the error type (for example <c>Validation</c>).</summary>
    [JsonPropertyName("errorType")]
    public string? ErrorType { get; set; }

    /// <summary>Gets or sets the version of the component that ran.</summary>
    [JsonPropertyName("executedVersion")]
    public string? ExecutedVersion { get; set; }

    /// <summary>Gets or sets advice on what to do.</summary>
    [JsonPropertyName("advice")]
    public string? Advice { get; set; }

    /// <summary>Gets or sets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets or sets the cause, as sent.</summary>
    [JsonPropertyName("cause")]
    public JsonElement? Cause { get; set; }

    /// <summary>Gets or sets a link to documentation.</summary>
    [JsonPropertyName("documentationUrl")]
    public string? DocumentationUrl { get; set; }

    /// <summary>Gets or sets the stack trace (an array of objects), as sent.</summary>
    [JsonPropertyName("stackTrace")]
    public JsonElement? StackTrace { get; set; }

    /// <summary>Gets or sets additional help.</summary>
    [JsonPropertyName("help")]
    public string? Help { get; set; }

    /// <summary>Gets or sets option errors (option name → error), as sent.</summary>
    [JsonPropertyName("optionErrors")]
    public JsonElement? OptionErrors { get; set; }

    /// <summary>Gets or sets validation errors, as sent.</summary>
    [JsonPropertyName("validationErrors")]
    public JsonElement? ValidationErrors { get; set; }

    /// <summary>Gets or sets fields this type does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"KodexaExceptionDetails {ErrorType}: {Message}";
}
