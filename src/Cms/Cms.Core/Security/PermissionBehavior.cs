namespace Cms.Core.Security;

/// <summary>What the Roles recipe step does with a role's listed permissions (Orchard's <c>PermissionBehavior</c>).</summary>
public enum PermissionBehavior
{
    /// <summary>The list becomes the role's permissions: those not listed are taken away.</summary>
    Replace,

    /// <summary>The listed permissions are given to the role; its others stay.</summary>
    Add,

    /// <summary>The listed permissions are taken from the role; its others stay.</summary>
    Remove,
}
