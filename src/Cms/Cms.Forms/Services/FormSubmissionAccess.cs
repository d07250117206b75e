using Cms.Contents.Metadata;
using Cms.Contents.Services;
using Cms.Core.Security;
using Cms.Forms.Models;

namespace Cms.Forms.Services;

/// <summary>A form's submissions carry citizens' personal data: only those who may see submissions reach them in the admin.</summary>
public sealed class FormSubmissionAccess : IContentTypeAccessProvider
{
    public IEnumerable<Permission> PermissionsFor(ContentTypeDefinition type) =>
        type.Settings.GetSettings<FormSettings>().Enabled ? [Permissions.ViewFormSubmissions] : [];
}
