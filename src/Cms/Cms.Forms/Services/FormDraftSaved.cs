namespace Cms.Forms.Services;

/// <summary>A saved draft: when it was saved and expires, and whether a new link went out (to <see cref="MaskedAddress"/>).</summary>
public sealed record FormDraftSaved(string DraftId, DateTime SavedUtc, DateTime ExpiresUtc, bool LinkSent, string? MaskedAddress);
