using Cms.Contents.Models;
using Cms.Documents;
using Cms.Forms.Models;
using Council.Grants.Localization;
using Council.Grants.Models;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Bundle;

/// <summary>The files of the case, listed by name (the files themselves go to the case system beside the bundle).</summary>
public sealed class AttachmentsSection(IStringLocalizer<GrantStrings> T) : IGrantCaseBundleSection
{
    public int Order => 200;

    public Task AddToAsync(ContentItem application, TextDocument bundle, CancellationToken cancellationToken)
    {
        var part = application.As<GrantApplicationPart>();
        var files = new List<string>();
        if (application.FileField(application.ContentType, "Attachment").FileName is { Length: > 0 } name)
        {
            files.Add(T["{0} (with the application)", name]);
        }

        files.AddRange(part.Information.SelectMany(i => i.Files).Select(f => T["{0} (with an answer during screening)", f.FileName].Value));
        bundle.Heading(2, T["Attachments"]);
        bundle = files.Count > 0 ? bundle.BulletList(files) : bundle.Paragraph(T["No attachments."]);
        return Task.CompletedTask;
    }
}
