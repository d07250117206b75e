using Cms.Contents.Models;

namespace Cms.Forms.Services;

/// <summary>
/// A check across a form's answers that no single element can make (a date on one step against a rule of the
/// module): it sees the item the answers were written into. Errors block like an element's; warnings are shown
/// on the check-your-answers page and never stop the form. Register with <c>services.AddFormCheck&lt;T&gt;()</c>.
/// </summary>
public interface IFormCheck
{
    /// <summary>Only forms of these content types are checked.</summary>
    bool Applies(FormDescriptor form);

    ValueTask<FormCheckResult> CheckAsync(FormDescriptor form, ContentItem item, CancellationToken cancellationToken);
}
