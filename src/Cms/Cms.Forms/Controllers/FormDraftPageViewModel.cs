using Cms.Forms.Services;

namespace Cms.Forms.Controllers;

/// <summary>The "save and continue later" page: the address to mail the link to, or the page that says the draft is saved.</summary>
public sealed class FormDraftPageViewModel
{
    public required FormDescriptor Form { get; init; }

    public required string SealedState { get; init; }

    public string Email { get; init; } = "";

    /// <summary>The message at the address field, when it is missing or not an address.</summary>
    public string? EmailError { get; init; }

    /// <summary>Set once saved: "Sidst gemt 25.11.2026 kl. 14.05".</summary>
    public string? SavedAt { get; init; }

    public string? ExpiresOn { get; init; }

    /// <summary>Where the new link went (<c>f…@example.dk</c>); null when saving again sent none.</summary>
    public string? SentTo { get; init; }
}
