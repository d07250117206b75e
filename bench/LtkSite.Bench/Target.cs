namespace LtkSite.Bench;

/// <summary>
/// One URL under load. Signed-in targets send the admin's cookies, as a browser would; with <see cref="RandomQuery"/>
/// every request adds a query string never sent before (<c>?x=…</c>), as a crawler inventing addresses does.
/// </summary>
public sealed record Target(string Label, Uri Url, bool SignedIn, bool RandomQuery = false)
{
    /// <summary>The address of the next request.</summary>
    public Uri Next() => RandomQuery ? new Uri(Url, "?x=" + Guid.NewGuid().ToString("N")) : Url;
}
