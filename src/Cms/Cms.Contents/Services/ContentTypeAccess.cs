using System.Security.Claims;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Core.Security;

namespace Cms.Contents.Services;

/// <summary>
/// Who may reach an item, with the types closed by <see cref="IContentTypeAccessProvider"/>s: for a closed type
/// one of the providers' permissions is needed and is enough for every action (list, edit, preview, delete,
/// versions); the general content permissions do not reach it. Other types follow <see cref="ContentAuthorization"/>.
/// </summary>
public sealed class ContentTypeAccess(IEnumerable<IContentTypeAccessProvider> providers)
{
    public IReadOnlyList<Permission> RequiredFor(ContentTypeDefinition? type) =>
        type is null ? [] : [.. providers.SelectMany(p => p.PermissionsFor(type)).Distinct()];

    /// <summary>Whether the user may reach the type's items at all.</summary>
    public bool Reaches(ClaimsPrincipal user, ContentTypeDefinition? type) => RequiredFor(type) is var required && (required.Count == 0 || required.Any(user.HasPermission));

    public bool Can(ClaimsPrincipal user, ContentAction action, ContentTypeDefinition? type, ContentItem? item) =>
        RequiredFor(type) is { Count: > 0 } required ? required.Any(user.HasPermission) : user.Can(action, type, item);

    public bool CanPreview(ClaimsPrincipal user, ContentTypeDefinition? type, ContentItem item) =>
        RequiredFor(type) is { Count: > 0 } required
            ? user.HasPermission(CorePermissions.AccessAdminPanel) && required.Any(user.HasPermission)
            : user.CanPreview(type, item);
}
