using Cms.Contents.Metadata;

namespace Cms.Forms.Receipts;

/// <summary>
/// Adds sections to a form's receipt page, above the summary of what was sent (a status, what happens next, an expected
/// meeting). A module registers one for the content types it knows with <c>services.AddFormReceiptContributor&lt;T&gt;()</c>;
/// the receipt asks every contributor whose <see cref="AppliesTo"/> says yes, on every request (the page is never cached).
/// </summary>
public interface IFormReceiptContributor
{
    /// <summary>Order among the contributors of one receipt, lowest first.</summary>
    int Order => 0;

    bool AppliesTo(ContentTypeDefinition type);

    Task<IReadOnlyList<FormReceiptPanel>> ContributeAsync(FormReceiptContext context, CancellationToken cancellationToken);
}
