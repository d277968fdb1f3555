using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Providers.Kodexa;

/// <summary>A Kodexa organization (tenant), as embedded in a session.</summary>
public sealed class KodexaOrganization
{
    /// <summary>Gets or sets the organization id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the secondary UUID (the docs' example has 32 hex characters, no hyphens).</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>Gets or sets the display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the URL slug.</summary>
    [JsonPropertyName("slug")]
    public string? Slug { get; set; }

    /// <summary>Gets or sets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets or sets the status, for example <c>ACTIVE</c>.</summary>
    [JsonPropertyName("organizationStatus")]
    public string? OrganizationStatus { get; set; }

    /// <summary>Gets or sets the optimistic-locking version.</summary>
    [JsonPropertyName("changeSequence")]
    public int? ChangeSequence { get; set; }

    /// <summary>Gets or sets when the organization was created.</summary>
    [JsonPropertyName("createdOn")]
    public DateTimeOffset? CreatedOn { get; set; }

    /// <summary>Gets or sets when the organization was last updated.</summary>
    [JsonPropertyName("updatedOn")]
    public DateTimeOffset? UpdatedOn { get; set; }

    /// <summary>Gets or sets whether templates default to private.</summary>
    [JsonPropertyName("defaultToPrivateTemplates")]
    public bool? DefaultToPrivateTemplates { get; set; }

    /// <summary>Gets or sets whether this is an enterprise organization.</summary>
    [JsonPropertyName("enterpriseOrganization")]
    public bool? EnterpriseOrganization { get; set; }

    /// <summary>Gets or sets whether the organization has an image.</summary>
    [JsonPropertyName("hasImage")]
    public bool? HasImage { get; set; }

    /// <summary>Gets or sets whether the organization is publicly accessible.</summary>
    [JsonPropertyName("publicAccess")]
    public bool? PublicAccess { get; set; }

    /// <summary>Gets or sets whether support may access the organization.</summary>
    [JsonPropertyName("supportAccess")]
    public bool? SupportAccess { get; set; }

    /// <summary>Gets or sets when support access expires.</summary>
    [JsonPropertyName("supportAccessExpiresAt")]
    public DateTimeOffset? SupportAccessExpiresAt { get; set; }

    /// <summary>Gets or sets the search text.</summary>
    [JsonPropertyName("searchText")]
    public string? SearchText { get; set; }

    /// <summary>Gets or sets the billing customer id.</summary>
    [JsonPropertyName("stripeCustomerId")]
    public string? StripeCustomerId { get; set; }

    /// <summary>Gets or sets the auth group link (<c>{authGroup}</c>).</summary>
    [JsonPropertyName("authGroupLink")]
    public JsonElement? AuthGroupLink { get; set; }

    /// <summary>Gets or sets the feature flags.</summary>
    [JsonPropertyName("features")]
    public JsonElement? Features { get; set; }

    /// <summary>Gets or sets the UI memory (<c>{orderedDashboards[]}</c>).</summary>
    [JsonPropertyName("memory")]
    public JsonElement? Memory { get; set; }

    /// <summary>Gets or sets free-form properties.</summary>
    [JsonPropertyName("properties")]
    public JsonElement? Properties { get; set; }

    /// <summary>Gets or sets fields this type does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"KodexaOrganization {Id} ({Name})";
}
