namespace SessionSdk;

/// <summary>What a traced client's spans are named and tagged with, read once from the inner client's metadata.</summary>
internal sealed class TracedClientNames
{
    public TracedClientNames(ISessionClient inner)
    {
        var metadata = inner.Metadata;
        Provider = metadata.ProviderName;
        IsComposite = inner.GetService(typeof(ISessionClientProvider)) is not null;
        ServerAddress = metadata.Endpoint?.Host;
        ServerPort = metadata.Endpoint?.Port ?? 0;
        SpanNames = new string[SessionOperationNames.Count];
        for (var i = 0; i < SpanNames.Length; i++)
        {
            SpanNames[i] = SessionOperationNames.Of((SessionOperation)i) + " " + Provider;
        }
    }

    public string Provider { get; }

    public bool IsComposite { get; }

    public string? ServerAddress { get; }

    public int ServerPort { get; }

    public string[] SpanNames { get; }
}
