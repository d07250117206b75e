using Cms.Core.Localization;
using Cms.Core.Work;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Models;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cms.Workflows.Activities;

/// <summary>
/// The timer's own editor: the cron schedule and, below it, when it next occurs in the site's time zone, so "0 9 * * 1"
/// reads as the Mondays it means before anything is saved. The timer's own checks give the messages.
/// </summary>
public sealed class TimerEventSettingsEditor(SiteTimeZone siteTime, TimeProvider clock) : IActivitySettingsEditor
{
    private const int Shown = 3;

    public string View => "~/Areas/Admin/Views/WorkflowActivities/Settings/TimerEvent.cshtml";

    public Type ModelType => typeof(TimerEventSettingsModel);

    public IReadOnlyList<string> Inputs => [nameof(TimerEventSettingsModel.CronExpression)];

    public object Read(ActivityRecord activity) => WithPreview(new TimerEventSettingsModel { CronExpression = TimerEvent.CronOf(activity) });

    public void Write(object model, ActivityRecord activity) =>
        ActivityProperties.SetText(activity, "CronExpression", ((TimerEventSettingsModel)model).CronExpression?.Trim(), asExpression: false);

    public void Validate(object model, ModelStateDictionary errors) => WithPreview((TimerEventSettingsModel)model);

    private TimerEventSettingsModel WithPreview(TimerEventSettingsModel model)
    {
        var cron = model.CronExpression?.Trim();
        var next = new List<string>();
        if (!string.IsNullOrEmpty(cron) && CronSchedule.TryParse(cron, out _))
        {
            var from = clock.GetUtcNow().UtcDateTime;
            while (next.Count < Shown && CronSchedule.Next(cron, from, siteTime.Zone) is { } at)
            {
                next.Add(siteTime.FormatDateTime(at));
                from = at;
            }
        }

        model.NextOccurrences = next;
        return model;
    }
}
