using Cms.Contents.Metadata;
using Microsoft.AspNetCore.Html;

namespace Cms.Contents.Services;

/// <summary>
/// An item's page body as it was rendered: the display rows, the body HTML, the title and description, the type it was rendered with and the
/// output cache tags the rendering added (lists of other items), so a later request can add them again.
/// </summary>
public sealed record RenderedContent(ContentTypeDefinition? Type, IReadOnlyList<ContentDisplayRow> Rows, IHtmlContent Body, ContentPageHead Head, IReadOnlyList<string> Tags);
