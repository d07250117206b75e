using Cms.Contents.Metadata;
using Cms.Core.Security;

namespace Cms.Contents;

/// <summary>
/// Content permissions (Orchard's Contents permissions). The general ones cover every type; a
/// securable type also gets its own, so a role can be allowed to edit, say, only news items.
/// "Own" permissions cover the items the user owns.
/// </summary>
public sealed class Permissions(ContentDefinitionCache definitions) : IPermissionProvider
{
    public static readonly Permission EditContent = new("EditContent", "Edit all content", "Content");
    public static readonly Permission EditOwnContent = new("EditOwnContent", "Edit own content", "Content") { ImpliedBy = [EditContent] };
    public static readonly Permission PublishContent = new("PublishContent", "Publish and unpublish all content", "Content");
    public static readonly Permission PublishOwnContent = new("PublishOwnContent", "Publish and unpublish own content", "Content") { ImpliedBy = [PublishContent] };
    public static readonly Permission DeleteContent = new("DeleteContent", "Delete and restore all content", "Content");
    public static readonly Permission DeleteOwnContent = new("DeleteOwnContent", "Delete and restore own content", "Content") { ImpliedBy = [DeleteContent] };
    public static readonly Permission PreviewContent = new("PreviewContent", "Preview drafts", "Content");
    public static readonly Permission ManageContentTypes = new("ManageContentTypes", "Create and change content types", "Content");
    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", "Browse the audit trail", "Admin");
    public static readonly Permission ImportRecipes = new("ImportRecipes", "Run recipe files", "Admin");
    public static readonly Permission Export = new("Export", "Export content and types as a recipe", "Admin");

    public IEnumerable<Permission> GetPermissions() =>
        new[] { EditContent, EditOwnContent, PublishContent, PublishOwnContent, DeleteContent, DeleteOwnContent, PreviewContent, ManageContentTypes, ViewAuditTrail, ImportRecipes, Export }
            .Concat(definitions.LastKnownTypes.Where(t => t.TypeSettings.Securable).SelectMany(TypePermissions));

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(CmsRoles.Administrator, [EditContent, PublishContent, DeleteContent, PreviewContent, ManageContentTypes, ViewAuditTrail, ImportRecipes, Export]),
        new(CmsRoles.Editor, [EditContent, PublishContent, DeleteContent, PreviewContent]),
        new(CmsRoles.Secretariat, [EditOwnContent, PreviewContent]),
    ];

    /// <summary>The per-type permissions of a securable type.</summary>
    public static IEnumerable<Permission> TypePermissions(ContentTypeDefinition type) =>
        Enum.GetValues<ContentAction>().SelectMany(a => new[] { ForType(a, own: false, type), ForType(a, own: true, type) });

    public static Permission ForType(ContentAction action, bool own, ContentTypeDefinition type) =>
        new($"{action}{(own ? "Own" : "")}Content_{type.Name}", TypeDescription(action, own), "Content types") { DescriptionArguments = [type.DisplayName] };

    private static string TypeDescription(ContentAction action, bool own) => (action, own) switch
    {
        (ContentAction.Edit, false) => "Edit all '{0}' items",
        (ContentAction.Edit, true) => "Edit own '{0}' items",
        (ContentAction.Publish, false) => "Publish and unpublish all '{0}' items",
        (ContentAction.Publish, true) => "Publish and unpublish own '{0}' items",
        (ContentAction.Delete, false) => "Delete and restore all '{0}' items",
        _ => "Delete and restore own '{0}' items",
    };

    public static Permission General(ContentAction action, bool own) => (action, own) switch
    {
        (ContentAction.Edit, false) => EditContent,
        (ContentAction.Edit, true) => EditOwnContent,
        (ContentAction.Publish, false) => PublishContent,
        (ContentAction.Publish, true) => PublishOwnContent,
        (ContentAction.Delete, false) => DeleteContent,
        _ => DeleteOwnContent,
    };
}

/// <summary>What a user wants to do with an item.</summary>
public enum ContentAction
{
    Edit,
    Publish,
    Delete,
}
