using Cms.Core.Localization;
using Cms.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cms.Workflows.Activities.Settings;

/// <summary>The site's roles, in Danish order, for the settings that name roles (a user task's, say).</summary>
public sealed class RoleSettingOptions(RoleManager<CmsRole> roles) : IActivitySettingOptionsSource
{
    public ActivitySettingKind Kind => ActivitySettingKind.Roles;

    public async Task<IReadOnlyList<ActivitySettingOption>> GetOptionsAsync(CancellationToken cancellationToken)
    {
        var names = await roles.Roles.Select(r => r.Name!).Where(n => n != null).ToListAsync(cancellationToken);
        return names.Order(DanishCulture.Comparer).Select(n => new ActivitySettingOption(n, n)).ToList();
    }
}
