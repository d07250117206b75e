namespace Cms.Forms.Services;

/// <summary>What travels between the steps in the protected hidden field: the step shown and the answers so far.</summary>
public sealed class FormState
{
    public string ContentType { get; set; } = "";

    public int Step { get; set; }

    public FormAnswers Answers { get; set; } = new();

    /// <summary>The saved draft these answers belong to, once saved or opened by its link; saving again updates it.</summary>
    public string? DraftId { get; set; }

    /// <summary>When the draft was last saved, for "Sidst gemt" on every page after.</summary>
    public DateTime? DraftSavedUtc { get; set; }
}
