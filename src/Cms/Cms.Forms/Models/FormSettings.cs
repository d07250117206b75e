namespace Cms.Forms.Models;

/// <summary>
/// The <c>FormSettings</c> group of a content type: the type is a public form at <c>/{Path}</c> (Danish) and
/// <c>/en/{PathEn}</c> (English), in the steps listed, and each submission becomes an item of the type.
/// </summary>
public sealed class FormSettings
{
    public bool Enabled { get; set; }

    public string? Path { get; set; }

    public string? PathEn { get; set; }

    public string? Title { get; set; }

    public string? TitleEn { get; set; }

    public List<FormStepSettings> Steps { get; set; } = [];

    /// <summary>The first part of the reference numbers, e.g. <c>LTK</c> in <c>LTK-2027-0042</c>.</summary>
    public string? ReferencePrefix { get; set; }

    public bool AllowSaveDraft { get; set; }

    /// <summary>The alias of the published item with the form's Art. 13 privacy notice.</summary>
    public string? PrivacyNoticeAlias { get; set; }

    /// <summary>What happens after a submission, shown on the receipt.</summary>
    public string? NextSteps { get; set; }

    public string? NextStepsEn { get; set; }
}
