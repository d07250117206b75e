using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.Recipes;
using Cms.Core.Settings;
using Council.Meetings.Meetings;
using Council.Meetings.Schedule;

namespace Council.Meetings.Recipes;

/// <summary>
/// The <c>Meetings</c> step plans meetings: <c>{"name": "Meetings", "Meetings": [{"Date": "2027-03-04", "Time": "17:00",
/// "Place": "Lyngby Rådhus, mødelokale 1", "ItemDeadline": "2027-02-18", "AgendaDeadline": "2027-02-25"}]}</c>, the
/// deadlines optional (the settings' days before the meeting). A meeting on a date that already has one updates it, so
/// running the step again plans nothing twice.
/// </summary>
public sealed class MeetingsRecipeStep(MeetingPlanner planner, SiteSettingsService settings) : IRecipeStepHandler
{
    public string StepName => "Meetings";

    public async Task ExecuteAsync(JsonObject step, CancellationToken cancellationToken)
    {
        if (Recipe.GetProperty(step, "Meetings") is not JsonArray meetings)
        {
            throw new RecipeException("Meetings needs \"Meetings\": a list of { \"Date\": \"2027-03-04\", \"Time\": \"17:00\", \"Place\": \"…\" }.");
        }

        var defaults = await settings.GetSectionAsync<MeetingScheduleSettings>(cancellationToken);
        foreach (var node in meetings)
        {
            if (node is not JsonObject entry)
            {
                throw new RecipeException("Each entry of \"Meetings\" is an object with \"Date\", \"Time\" and \"Place\".");
            }

            var date = Date(entry, "Date") ?? throw new RecipeException("A meeting needs a \"Date\" as year-month-day, e.g. \"2027-03-04\".");
            var shown = MeetingPlanner.DanishDate(date);
            var time = TimeOnly.TryParseExact(Recipe.GetString(entry, "Time") ?? "", ["HH:mm", "H:mm", "HH.mm", "H.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
                ? t : throw new RecipeException($"The meeting on {shown} needs a \"Time\" as hours:minutes, e.g. \"17:00\".");
            var place = Recipe.GetString(entry, "Place")?.Trim() is { Length: > 0 and <= 300 } p
                ? p : throw new RecipeException($"The meeting on {shown} needs a \"Place\" of at most 300 characters, e.g. \"Lyngby Rådhus, mødelokale 1\".");
            var (itemDefault, agendaDefault) = MeetingPlanner.DefaultDeadlines(date, defaults);
            var item = Date(entry, "ItemDeadline") ?? itemDefault;
            var agenda = Date(entry, "AgendaDeadline") ?? agendaDefault;
            if (item > date || agenda > date)
            {
                throw new RecipeException($"The meeting on {shown} has a deadline after the meeting; give \"ItemDeadline\" and \"AgendaDeadline\" on or before {date:yyyy-MM-dd}.");
            }

            var plan = new MeetingPlan(date, time, place, item, agenda);
            if (await planner.OnDateAsync(date, except: null, cancellationToken) is { } existing)
            {
                await planner.UpdateAsync(existing, plan, cancellationToken);
            }
            else
            {
                await planner.PlanAsync(plan, cancellationToken);
            }
        }
    }

    private static DateOnly? Date(JsonObject entry, string name)
    {
        var text = Recipe.GetString(entry, name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new RecipeException($"\"{name}\" of a meeting is a date as year-month-day, e.g. \"2027-03-04\"; \"{text}\" is not.");
    }
}
