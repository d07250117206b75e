using Cms.Contents.Workflows;
using Microsoft.Extensions.Localization;

namespace Cms.Forms.Workflows;

/// <summary>
/// Starts or resumes a workflow when a public form is sent, for the content types in <c>ContentTypeFilter</c> (all
/// when empty), as the content events do. The input has the item (<c>Input.ContentItemId</c>), its type, the
/// reference (<c>Input.Reference</c>), the citizen's language (<c>Input.Culture</c>) and the private receipt
/// address (<c>Input.ReceiptUrl</c>, site-relative), for a mail that links to it.
/// </summary>
public sealed class FormSubmittedEvent(IStringLocalizer<ContentWorkflowStrings> T) : ContentEventActivity(T)
{
    public const string EventName = nameof(FormSubmittedEvent);

    public override string Name => EventName;

    public override string DisplayName => "Form submitted";
}
