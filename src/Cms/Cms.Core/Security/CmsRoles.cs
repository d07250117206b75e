namespace Cms.Core.Security;

/// <summary>The roles every site has. Administrators hold every permission, whatever their role claims say.</summary>
public static class CmsRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Secretariat = "Secretariat";
}
