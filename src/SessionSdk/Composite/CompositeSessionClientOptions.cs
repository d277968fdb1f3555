namespace SessionSdk;

/// <summary>
/// Settings for <see cref="CompositeSessionClient"/>, the non-keyed <see cref="ISessionClient"/> over every registered
/// provider. Set them with <c>services.AddSessionClients().ConfigureComposite(o =&gt; …)</c> or bind them from the
/// configuration section <c>SessionSdk:Composite</c>.
/// </summary>
public sealed class CompositeSessionClientOptions
{
    /// <summary>The largest value <see cref="MaxConcurrency"/> accepts.</summary>
    public const int MaxConcurrencyLimit = 64;

    /// <summary>The largest merged or per-provider page size accepted.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>
    /// The largest page size asked of a provider when <see cref="ProviderPageSize"/> is not set: 100, the smallest
    /// maximum any supported vendor documents.
    /// </summary>
    public const int DefaultMaxProviderPageSize = 100;

    /// <summary>
    /// Gets or sets how many provider requests one <see cref="ISessionClient.GetSessionPageAsync"/> call keeps in
    /// flight at most. Between 1 and <see cref="MaxConcurrencyLimit"/>. Default 4.
    /// </summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>
    /// Gets or sets whether the first provider failure is thrown (the other requests of that call are cancelled)
    /// instead of being reported in <see cref="SessionPage.Errors"/> next to the other providers' sessions.
    /// Default <see langword="false"/>.
    /// </summary>
    public bool FailFast { get; set; }

    /// <summary>Gets or sets the merged page size used when <see cref="SessionQuery.PageSize"/> is not set. Between 1 and <see cref="MaxPageSize"/>. Default 50.</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>
    /// Gets or sets the page size asked of each provider, or <see langword="null"/> (the default) to use the merged page
    /// size of the listing's first page, capped at <see cref="DefaultMaxProviderPageSize"/>. Whichever it is, it is fixed for the whole listing and carried in the
    /// continuation token, because page-number providers only resume correctly with the same page size.
    /// Between 1 and <see cref="MaxPageSize"/>.
    /// </summary>
    public int? ProviderPageSize { get; set; }
}
