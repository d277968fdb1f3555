using System.Text.Json;
using System.Text.Json.Nodes;
using SessionSdk.Sandbox.Hosting;

namespace SessionSdk.Sandbox.MobileNext;

/// <summary>Reads an allocation body, <c>{"filters": [{"attribute", "operator", "value"}]}</c>; no body means "any device".</summary>
internal static class MobileNextFilters
{
    public static List<(string Attribute, string Operator, string Value)>? Read(RequestBody body, out string error)
    {
        error = "The body must be {\"filters\": [{\"attribute\", \"operator\", \"value\"}]}.";
        if (body.Kind == RequestBodyKind.Empty)
        {
            return [];
        }

        if (body.Object is not { } json || (json["filters"] is { } node && node is not JsonArray))
        {
            return null;
        }

        var filters = new List<(string Attribute, string Operator, string Value)>();
        foreach (var item in json["filters"] as JsonArray ?? [])
        {
            if (item is not JsonObject filter
                || filter["attribute"] is not JsonValue a || a.GetValueKind() != JsonValueKind.String || !MobileNextFleet.Attributes.Contains(a.GetValue<string>())
                || filter["operator"] is not JsonValue o || o.GetValueKind() != JsonValueKind.String || !MobileNextFleet.Operators.Contains(o.GetValue<string>())
                || filter["value"] is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
            {
                error = $"Each filter needs an attribute ({string.Join(", ", MobileNextFleet.Attributes)}), an operator ({string.Join(", ", MobileNextFleet.Operators)}) and a string value.";
                return null;
            }

            filters.Add((a.GetValue<string>(), o.GetValue<string>(), v.GetValue<string>()));
        }

        return filters;
    }
}
