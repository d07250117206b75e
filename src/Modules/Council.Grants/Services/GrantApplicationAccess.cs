using Cms.Contents.Metadata;
using Cms.Contents.Services;
using Cms.Core.Security;
using Council.Grants.Models;

namespace Council.Grants.Services;

/// <summary>Grant applications are reached by those who work with them, as well as by those who may see form submissions.</summary>
public sealed class GrantApplicationAccess : IContentTypeAccessProvider
{
    public IEnumerable<Permission> PermissionsFor(ContentTypeDefinition type) =>
        type.FindPart(nameof(GrantApplicationPart)) is not null ? [Permissions.ManageGrantApplications] : [];
}
