using Cms.Contents.Models;
using Cms.Documents;

namespace Council.Grants.Bundle;

/// <summary>
/// One section of an application's case bundle (the PDF for the municipality's case system). Sections are written in
/// <see cref="Order"/>: the application (100), attachments (200), screening (300), decisions (400); the follow-up adds
/// the report and receipts after them (500). Register with <c>services.AddGrantCaseBundleSection&lt;T&gt;()</c>.
/// </summary>
public interface IGrantCaseBundleSection
{
    int Order { get; }

    /// <summary>Adds the section, from a level 2 heading on, to the bundle of <paramref name="application"/>.</summary>
    Task AddToAsync(ContentItem application, TextDocument bundle, CancellationToken cancellationToken);
}
