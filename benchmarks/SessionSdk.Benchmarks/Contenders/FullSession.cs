using System.Text.Json;
using System.Text.Json.Serialization;

namespace SessionSdk.Benchmarks.Contenders;

/// <summary>Every documented field of the Kodexa session, organization included: what the SDK keeps too.</summary>
public sealed class FullSession
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    [JsonPropertyName("changeSequence")]
    public int? ChangeSequence { get; set; }

    [JsonPropertyName("createdOn")]
    public DateTimeOffset? CreatedOn { get; set; }

    [JsonPropertyName("updatedOn")]
    public DateTimeOffset? UpdatedOn { get; set; }

    [JsonPropertyName("organizationId")]
    public string? OrganizationId { get; set; }

    [JsonPropertyName("organization")]
    public FullOrganization? Organization { get; set; }

    [JsonPropertyName("state")]
    public string? State { get; set; }

    [JsonPropertyName("token")]
    public string? Token { get; set; }
}

/// <summary>Every documented field of the Kodexa organization.</summary>
public sealed class FullOrganization
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("slug")]
    public string? Slug { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("organizationStatus")]
    public string? OrganizationStatus { get; set; }

    [JsonPropertyName("changeSequence")]
    public int? ChangeSequence { get; set; }

    [JsonPropertyName("createdOn")]
    public DateTimeOffset? CreatedOn { get; set; }

    [JsonPropertyName("updatedOn")]
    public DateTimeOffset? UpdatedOn { get; set; }

    [JsonPropertyName("defaultToPrivateTemplates")]
    public bool? DefaultToPrivateTemplates { get; set; }

    [JsonPropertyName("enterpriseOrganization")]
    public bool? EnterpriseOrganization { get; set; }

    [JsonPropertyName("hasImage")]
    public bool? HasImage { get; set; }

    [JsonPropertyName("publicAccess")]
    public bool? PublicAccess { get; set; }

    [JsonPropertyName("supportAccess")]
    public bool? SupportAccess { get; set; }

    [JsonPropertyName("supportAccessExpiresAt")]
    public DateTimeOffset? SupportAccessExpiresAt { get; set; }

    [JsonPropertyName("searchText")]
    public string? SearchText { get; set; }

    [JsonPropertyName("stripeCustomerId")]
    public string? StripeCustomerId { get; set; }

    [JsonPropertyName("authGroupLink")]
    public JsonElement? AuthGroupLink { get; set; }

    [JsonPropertyName("features")]
    public JsonElement? Features { get; set; }

    [JsonPropertyName("memory")]
    public JsonElement? Memory { get; set; }

    [JsonPropertyName("properties")]
    public JsonElement? Properties { get; set; }
}

/// <summary>A Spring page of full sessions.</summary>
public sealed class FullPage
{
    [JsonPropertyName("content")]
    public List<FullSession>? Content { get; set; }

    [JsonPropertyName("number")]
    public int? Number { get; set; }

    [JsonPropertyName("last")]
    public bool? Last { get; set; }
}
