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

    /// <summary>The address of the privacy notice when it is a page without an alias (used when <see cref="PrivacyNoticeAlias"/> finds none).</summary>
    public string? PrivacyNoticeUrl { get; set; }

    public string? PrivacyNoticeUrlEn { get; set; }

    /// <summary>What happens after a submission, shown on the receipt.</summary>
    public string? NextSteps { get; set; }

    public string? NextStepsEn { get; set; }

    /// <summary>The receipt's heading, e.g. "Tak for din henvendelse"; without it the receipt thanks for an application.</summary>
    public string? ReceiptHeading { get; set; }

    public string? ReceiptHeadingEn { get; set; }

    /// <summary>A sentence under the receipt's heading, e.g. what the citizen can expect and when.</summary>
    public string? ReceiptLead { get; set; }

    public string? ReceiptLeadEn { get; set; }

    /// <summary>The send button's text on the check-your-answers page, e.g. "Send besked"; without it "Send ansøgning".</summary>
    public string? SubmitLabel { get; set; }

    public string? SubmitLabelEn { get; set; }

    /// <summary>
    /// The field (of the type's own part) whose answer names a submission, e.g. a message's subject: the item is called
    /// "{reference} {answer}" in the admin and in the mails.
    /// </summary>
    public string? TitleField { get; set; }

    /// <summary>
    /// A property of <see cref="FormsSettings"/> holding the address that gets a mail with each submission, e.g.
    /// <c>SecretariatEmail</c> (sent only when the e-mail module is part of the site).
    /// </summary>
    public string? NotifyEmailSetting { get; set; }

    /// <summary>
    /// Sends the citizen an acknowledgement with the reference (no copy of the answers) at the address they gave in the
    /// form's e-mail element (the one whose autocomplete is <c>email</c>, else the first e-mail field).
    /// </summary>
    public bool SendAcknowledgement { get; set; }
}
