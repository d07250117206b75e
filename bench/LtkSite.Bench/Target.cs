namespace LtkSite.Bench;

/// <summary>One URL under load. Signed-in targets send the admin's cookies, as a browser would.</summary>
public sealed record Target(string Label, Uri Url, bool SignedIn);
