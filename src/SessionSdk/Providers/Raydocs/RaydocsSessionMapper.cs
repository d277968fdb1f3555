using System.Text.Json;

namespace SessionSdk.Providers.Raydocs;

/// <summary>
/// Maps Raydocs extraction sessions, documents and results into the common model. Pure: the same input always gives
/// the same output. Both documented generations of documents and results are read; whatever has no common slot is
/// kept in the target's <c>AdditionalProperties</c>.
/// </summary>
internal static class RaydocsSessionMapper
{
    /// <summary>The <see cref="Session.Kind"/> of a Raydocs extraction session.</summary>
    public const string SessionKind = "raydocs.extraction-session";

    /// <summary>Maps an extraction session.</summary>
    /// <param name="session">The vendor's session.</param>
    /// <param name="providerName">The registration name to stamp on the session.</param>
    /// <returns>
    /// The common session: <c>status</c> <c>pending</c>/<c>processing</c>/<c>completed</c>/<c>failed</c> becomes
    /// <see cref="SessionStatus.Pending"/>/<see cref="SessionStatus.Running"/>/<see cref="SessionStatus.Completed"/>/<see cref="SessionStatus.Failed"/>,
    /// anything else or none <see cref="SessionStatus.Unknown"/>; <c>settings</c> is <see cref="Session.Metadata"/>;
    /// <c>extraction_template_id</c> is in <see cref="Session.AdditionalProperties"/>.
    /// </returns>
    /// <exception cref="SessionResponseException">The session has no id.</exception>
    public static Session ToSession(RaydocsExtractionSession session, string providerName)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new Session
        {
            Id = SessionResponses.RequireId(session.Id, providerName),
            ProviderName = providerName,
            Kind = SessionKind,
            Status = ToStatus(session.Status),
            RawStatus = session.Status,
            Name = session.Name,
            CreatedAt = LenientTimestamp.Parse(session.CreatedAt),
            UpdatedAt = LenientTimestamp.Parse(session.UpdatedAt),
            Metadata = JsonProperties.ObjectMembers(session.Settings),
            Documents = session.Documents is { } documents ? documents.Where(d => d is not null).Select(ToDocument).ToArray() : [],
            Results = session.Results is { } results ? results.Where(r => r is not null).Select(ToResult).ToArray() : [],
            AdditionalProperties = JsonProperties.Collect(
                session.AdditionalProperties,
                ("extraction_template_id", JsonProperties.String(session.ExtractionTemplateId)),
                ("settings", JsonProperties.NonObject(session.Settings)),
                ("created_at", Unparsed(session.CreatedAt)),
                ("updated_at", Unparsed(session.UpdatedAt))),
            RawRepresentation = session,
        };
    }

    /// <summary>Maps a document of either generation.</summary>
    /// <param name="document">The vendor's document.</param>
    /// <returns>
    /// The common document: <see cref="SessionDocument.MimeType"/> from <c>mime</c>, else <c>mime_type</c>;
    /// <c>workspace_id</c> as a string; <c>extraction_session_id</c>, the source (flat or object), <c>parsings</c> and
    /// <c>meta</c> in <see cref="SessionDocument.AdditionalProperties"/>. A document without an id gets an empty <see cref="SessionDocument.Id"/>.
    /// </returns>
    public static SessionDocument ToDocument(RaydocsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = RaydocsJsonContext.Default;
        return new SessionDocument
        {
            Id = document.Id ?? string.Empty,
            FileName = document.FileName,
            MimeType = document.Mime ?? document.MimeType,
            Size = document.Size,
            Sha256 = document.Sha256,
            RawStatus = document.Status,
            WorkspaceId = document.WorkspaceId,
            CreatedAt = LenientTimestamp.Parse(document.CreatedAt),
            AdditionalProperties = JsonProperties.Collect(
                document.AdditionalProperties,
                ("extraction_session_id", JsonProperties.String(document.ExtractionSessionId)),
                ("mime_type", document.Mime is null ? null : JsonProperties.String(document.MimeType)),
                ("source_type", JsonProperties.String(document.SourceType)),
                ("source_url", JsonProperties.String(document.SourceUrl)),
                ("source", document.Source is null ? null : JsonSerializer.SerializeToElement(document.Source, context.RaydocsDocumentSource)),
                ("parsings", document.Parsings is null ? null : JsonSerializer.SerializeToElement(document.Parsings, context.ListRaydocsDocumentParsing)),
                ("meta", document.Meta),
                ("created_at", Unparsed(document.CreatedAt))),
            RawRepresentation = document,
        };
    }

    /// <summary>Maps an extraction result of either generation.</summary>
    /// <param name="result">The vendor's result.</param>
    /// <returns>
    /// The common result: <see cref="SessionResult.RawStatus"/> as sent (three vocabularies are documented);
    /// <see cref="SessionResult.AuditData"/> from <c>audit_data</c>, else the older <c>reasoning</c>;
    /// <c>extraction_session_id</c>, <c>config_hash</c>, <c>document_refs</c> and <c>updated_at</c> in
    /// <see cref="SessionResult.AdditionalProperties"/>. A result without an id gets an empty <see cref="SessionResult.Id"/>.
    /// </returns>
    public static SessionResult ToResult(RaydocsResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SessionResult
        {
            Id = result.Id ?? string.Empty,
            RawStatus = result.Status,
            Title = result.Title,
            Data = result.Data,
            AuditData = result.AuditData ?? result.Reasoning,
            CreatedAt = LenientTimestamp.Parse(result.CreatedAt),
            CompletedAt = LenientTimestamp.Parse(result.CompletedAt),
            AdditionalProperties = JsonProperties.Collect(
                result.AdditionalProperties,
                ("extraction_session_id", JsonProperties.String(result.ExtractionSessionId)),
                ("config_hash", JsonProperties.String(result.ConfigHash)),
                ("document_refs", result.DocumentRefs is null ? null : JsonSerializer.SerializeToElement(result.DocumentRefs, RaydocsJsonContext.Default.ListRaydocsDocumentRef)),
                ("updated_at", JsonProperties.String(result.UpdatedAt)),
                ("reasoning", result.AuditData is null ? null : result.Reasoning),
                ("created_at", Unparsed(result.CreatedAt)),
                ("completed_at", Unparsed(result.CompletedAt))),
            RawRepresentation = result,
        };
    }

    /// <summary>The vendor's documented session statuses; any other word is <see cref="SessionStatus.Unknown"/> (the raw word is kept).</summary>
    private static SessionStatus ToStatus(string? raw) => raw?.Trim().ToLowerInvariant() switch
    {
        "pending" => SessionStatus.Pending,
        "processing" => SessionStatus.Running,
        "completed" => SessionStatus.Completed,
        "failed" => SessionStatus.Failed,
        _ => SessionStatus.Unknown,
    };

    /// <summary>A timestamp that could not be parsed, kept as the vendor wrote it so it is not lost from the common model.</summary>
    private static JsonElement? Unparsed(string? raw) =>
        raw is not null && LenientTimestamp.Parse(raw) is null ? JsonProperties.String(raw) : null;
}
