using Cms.Contents.Metadata;
using Cms.Core.Security;

namespace Cms.Contents.Services;

/// <summary>
/// Closes the items of some content types to everyone but the holders of given permissions (e.g. a form's
/// submissions, which carry citizens' personal data). Register with <c>services.AddContentTypeAccessProvider&lt;T&gt;()</c>;
/// <see cref="ContentTypeAccess"/> combines the providers.
/// </summary>
public interface IContentTypeAccessProvider
{
    /// <summary>The permissions of which a user needs one to reach the type's items at all; none leaves the type to the usual rules.</summary>
    IEnumerable<Permission> PermissionsFor(ContentTypeDefinition type);
}
