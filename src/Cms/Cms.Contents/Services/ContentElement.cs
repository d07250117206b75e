using Cms.Contents.Drivers;
using Cms.Contents.Fields;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Parts;

namespace Cms.Contents.Services;

/// <summary>
/// One element of a type's editor and display, in editor order: a part (<see cref="Field"/> is null) or one of its
/// fields. What does not change between items (form prefix, label, which driver) is worked out once per definition;
/// <c>DriverIndex</c> is the driver's position among the registered part or field drivers, -1 when none is registered.
/// </summary>
internal sealed record ContentElement(ContentTypePartDefinition TypePart, ContentPartFieldDefinition? Field, string Prefix, string Label, int DriverIndex)
{
    public bool IsField => Field is not null;

    public ContentElementContext Context(ContentItem item, ContentEditorForm? form, bool isNew, bool isPosted) =>
        Field is null
            ? new PartContext(TypePart, Label, item, form, isNew, isPosted)
            : new FieldContext(TypePart.Name, Field, Prefix, Label, item, form, isNew, isPosted);
}
