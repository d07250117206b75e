namespace Cms.Core.Caching;

/// <summary>
/// What a cookieless GET's page can depend on: the address (scheme, host, base, path, the query keys pages declare)
/// and the browser's languages, which the staff's own addresses read. Finer than the output cache's key, never coarser.
/// </summary>
public readonly record struct EarlyPageKey(string Scheme, string Host, string PathBase, string Path, string Query, string AcceptLanguage);
