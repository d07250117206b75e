namespace Cms.Forms.Services;

/// <summary>
/// What the link mail says: the form's title, the private address (<c>/{Path}/fortsaet/{token}</c>) and when it expires; never
/// the answers. <see cref="Key"/> is the same for the same link, so the outbox stores it once.
/// </summary>
public sealed record FormDraftLink(string Key, string To, string FormTitle, string Path, DateTime ExpiresUtc);
