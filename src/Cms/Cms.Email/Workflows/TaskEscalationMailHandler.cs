using System.Globalization;
using Cms.Core.Events;
using Cms.Core.Localization;
using Cms.Core.Settings;
using Cms.Email.Services;
using Cms.Workflows.Tasks;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Cms.Email.Workflows;

/// <summary>
/// Writes one mail to the members of an overdue task's roles, in the unit of work that marks the task escalated. The mail's
/// key is the task's, so it is written once however often the event comes; it carries a link to the task, not its content.
/// </summary>
public sealed partial class TaskEscalationMailHandler(
    IMailOutbox outbox,
    MailRecipientResolver recipients,
    MailLinks links,
    SiteSettingsService settings,
    SiteTimeZone siteTime,
    IStringLocalizer<TaskEscalationStrings> T,
    ILogger<TaskEscalationMailHandler> logger) : IEventHandler<TaskOverdue>
{
    public static string KeyOf(string taskId) => "task-overdue:" + taskId;

    public async Task HandleAsync(TaskOverdue @event, CancellationToken cancellationToken)
    {
        // Members who are locked out (left, or on leave with their account closed) are not written to.
        var to = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in @event.Roles)
        {
            to.UnionWith(await recipients.RoleAddressesAsync(role, cancellationToken));
        }

        if (to.Count == 0)
        {
            LogNobody(logger, @event.TaskId);
            return;
        }

        // Written from the work queue, where no request sets the language: the site's own.
        var site = await settings.GetAsync(cancellationToken);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(site.DefaultCulture);
        try
        {
            var due = siteTime.FormatDateTime(@event.DueUtc);
            var url = links.Absolute(@event.Url);
            var body = string.Join("\n\n",
                T["The task '{0}' was due {1} and is not done yet.", @event.Title, due].Value,
                (@event.Assignee is { } assignee ? T["{0} has claimed it.", assignee] : T["Nobody has claimed it yet."]).Value,
                T["Open the task in the admin: {0}", url].Value,
                T["You get this mail because you hold one of the task's roles: {0}.", string.Join(", ", @event.Roles)].Value);
            await outbox.WriteAsync(new OutgoingMail(KeyOf(@event.TaskId), [.. to], T["Overdue task: {0}", @event.Title].Value, body)
            {
                Link = url,
                Source = KeyOf(@event.TaskId),
            }, cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} is overdue, but nobody in its roles has an e-mail address to tell")]
    private static partial void LogNobody(ILogger logger, string taskId);
}
