using System.Security.Claims;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Core.Security;

namespace Cms.Contents.Services;

/// <summary>
/// Decides whether a user may edit, publish or delete an item: the general permission, or the type's
/// own permission for securable types, or the "own" variants when the user owns the item.
/// </summary>
public static class ContentAuthorization
{
    public static bool Can(this ClaimsPrincipal user, ContentAction action, ContentTypeDefinition? type, ContentItem? item)
    {
        if (user.HasPermission(Permissions.General(action, own: false)))
        {
            return true;
        }

        var securable = type?.TypeSettings.Securable == true;
        if (securable && user.HasPermission(Permissions.ForType(action, own: false, type!)))
        {
            return true;
        }

        // A new item (null) will be owned by the user. An item without an owner (a citizen's submission, a recipe's
        // page) is nobody's own: it takes the general or the type's permission.
        var me = user.Identity?.Name;
        var owns = item is null || (!string.IsNullOrEmpty(item.Owner) && !string.IsNullOrEmpty(me) && string.Equals(item.Owner, me, StringComparison.Ordinal));
        return owns
            && (user.HasPermission(Permissions.General(action, own: true)) || (securable && user.HasPermission(Permissions.ForType(action, own: true, type!))));
    }

    /// <summary>
    /// Whether the user may see the item's draft: staff (admin access) who may preview drafts or edit this item.
    /// </summary>
    public static bool CanPreview(this ClaimsPrincipal user, ContentTypeDefinition? type, ContentItem item) =>
        user.HasPermission(CorePermissions.AccessAdminPanel)
        && (user.HasPermission(Permissions.PreviewContent) || user.Can(ContentAction.Edit, type, item));

    /// <summary>True when the user may edit at least something (to show the content menu).</summary>
    public static bool CanEditAny(this ClaimsPrincipal user) =>
        user.HasPermission(Permissions.EditContent) || user.HasPermission(Permissions.EditOwnContent)
        || user.Claims.Any(c => c.Type == Permission.ClaimType && c.Value.StartsWith("Edit", StringComparison.Ordinal) && c.Value.Contains("Content_", StringComparison.Ordinal));
}
