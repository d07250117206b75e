using Cms.Contents.Models;

namespace Cms.Forms.Models;

/// <summary>What the form module stores on a submitted item (under <see cref="PartName"/>): its reference, status and language.</summary>
public sealed class FormSubmissionPart : ContentPart
{
    public const string PartName = "FormSubmission";

    /// <summary>The status of a submission when it arrives.</summary>
    public const string Received = "received";

    public string? Reference { get; set; }

    public string? Status { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    /// <summary>The language the citizen used, for answers in that language.</summary>
    public string? Culture { get; set; }
}
