using System.Security.Claims;
using Cms.Core.Data;
using Cms.Core.Navigation;
using Cms.Core.Security;
using Cms.Email.Localization;
using Cms.Email.Services;
using Microsoft.Extensions.Localization;

namespace Cms.Email.Dashboard;

/// <summary>The dashboard's "Outbox" box: mails waiting to be sent and mails that failed, for users who may see the outbox.</summary>
public sealed class OutboxWidget(LtkDbContext db, IStringLocalizer<EmailStrings> T) : IDashboardWidgetProvider
{
    public async Task<DashboardWidget?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(Permissions.ViewOutbox))
        {
            return null;
        }

        var counts = await OutboxCounts.ReadAsync(db, cancellationToken);
        return new DashboardWidget(T["Outbox"], "_Outbox", counts, Order: 30);
    }
}
