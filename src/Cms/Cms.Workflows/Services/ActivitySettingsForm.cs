using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Workflows.Activities;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Services;

/// <summary>
/// The settings form an activity's <see cref="Activity.Settings"/> describe: reads the stored values, binds the posted
/// ones (inputs named <c>Settings.Key</c>), checks what the description says (required, a number, one of the options),
/// writes them into the activity's properties, and puts the activity's own checks at the fields they are about.
/// An activity with an editor of its own (<see cref="Activity.SettingsEditorType"/>) gets that instead.
/// </summary>
public sealed class ActivitySettingsForm(
    ActivityCatalog catalog,
    IEnumerable<IActivitySettingOptionsSource> sources,
    IServiceProvider services,
    IStringLocalizer<WorkflowActivityAdminStrings> T)
{
    public const string Prefix = "Settings.";

    public static string InputName(string key) => Prefix + key;

    /// <summary>The activity's own editor, made with the request's services; null when its description is the form.</summary>
    public IActivitySettingsEditor? EditorOf(Activity activity) =>
        activity.SettingsEditorType is { } type ? (IActivitySettingsEditor)ActivatorUtilities.CreateInstance(services, type) : null;

    public static Dictionary<string, ActivitySettingValue> Read(Activity activity, ActivityRecord record)
    {
        var values = new Dictionary<string, ActivitySettingValue>(StringComparer.Ordinal);
        foreach (var setting in activity.Settings)
        {
            values[setting.Key] = setting.IsList
                ? new("", ActivityContext.ListOf(record, setting.Key))
                : setting.Kind == ActivitySettingKind.YesNo
                    ? new(IsYes(ActivityContext.SettingOf(record, setting.Key) ?? setting.Default) ? "true" : "", [])
                    : new(Lf(ActivityContext.SettingOf(record, setting.Key) ?? ""), []);
        }

        return values;
    }

    public static Dictionary<string, ActivitySettingValue> Bind(Activity activity, IFormCollection form)
    {
        var values = new Dictionary<string, ActivitySettingValue>(StringComparer.Ordinal);
        foreach (var setting in activity.Settings)
        {
            var posted = form[InputName(setting.Key)];
            var text = Lf(posted.ToString());
            values[setting.Key] = setting.Kind switch
            {
                ActivitySettingKind.Roles or ActivitySettingKind.ContentTypes =>
                    new("", posted.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList()),
                ActivitySettingKind.List => new(text, Lines(text)),
                ActivitySettingKind.YesNo => new(posted.Any(v => IsYes(v)) ? "true" : "", []),
                ActivitySettingKind.Liquid or ActivitySettingKind.Expression or ActivitySettingKind.MultilineText => new(text, []),
                _ => new(text.Trim(), []),
            };
        }

        return values;
    }

    /// <summary>What the description says about each value; messages go to the inputs.</summary>
    public void Validate(Activity activity, IReadOnlyDictionary<string, ActivitySettingValue> values, ModelStateDictionary errors)
    {
        foreach (var setting in activity.Settings)
        {
            var value = values.GetValueOrDefault(setting.Key) ?? ActivitySettingValue.Empty;
            var name = InputName(setting.Key);
            var label = catalog.Text(activity, setting.Label);
            if (setting.Required && value.IsEmpty && setting.Kind != ActivitySettingKind.YesNo)
            {
                errors.AddModelError(name, setting.IsList && setting.Kind != ActivitySettingKind.List
                    ? T["Choose at least one in “{0}”.", label]
                    : T["Fill in “{0}”.", label]);
                continue;
            }

            if (setting.Kind == ActivitySettingKind.Number && value.Text.Length > 0 && ParseNumber(value.Text) is null)
            {
                errors.AddModelError(name, T["“{0}” is a number, e.g. 3 or 2,5.", label]);
            }
            else if (setting.Kind == ActivitySettingKind.Choice && value.Text.Length > 0 && !setting.Options.Any(o => o.Value == value.Text))
            {
                errors.AddModelError(name, T["Choose one of the options in “{0}”.", label]);
            }
            else if (setting.Kind == ActivitySettingKind.List && value.Items.Any(i => i.Length > 100))
            {
                errors.AddModelError(name, T["Each line of “{0}” is a name of at most 100 characters.", label]);
            }
        }
    }

    /// <summary>Writes the values into the activity's properties; properties the form does not show stay as they were.</summary>
    public static void Write(Activity activity, IReadOnlyDictionary<string, ActivitySettingValue> values, ActivityRecord record)
    {
        foreach (var setting in activity.Settings)
        {
            var value = values.GetValueOrDefault(setting.Key) ?? ActivitySettingValue.Empty;
            switch (setting.Kind)
            {
                case ActivitySettingKind.Roles or ActivitySettingKind.ContentTypes or ActivitySettingKind.List:
                    ActivityProperties.SetList(record, setting.Key, value.Items);
                    break;
                case ActivitySettingKind.YesNo:
                    // Absent means the default: write "no" only where it is not what absent means already.
                    var yes = IsYes(value.Text);
                    ActivityProperties.SetValue(record, setting.Key, yes ? JsonValue.Create(true) : IsYes(setting.Default) ? JsonValue.Create(false) : null);
                    break;
                case ActivitySettingKind.Number:
                    ActivityProperties.SetValue(record, setting.Key, ParseNumber(value.Text) is { } number ? JsonValue.Create(number) : null);
                    break;
                default:
                    ActivityProperties.SetText(record, setting.Key, string.IsNullOrWhiteSpace(value.Text) ? null : value.Text, setting.IsExpression);
                    break;
            }
        }
    }

    /// <summary>
    /// The activity's own checks of the settings as they would be stored, each at the input it names (or for the whole form),
    /// leaving out a field that already has the form's own message.
    /// </summary>
    public static void AddActivityErrors(Activity activity, ActivityRecord candidate, IActivitySettingsEditor? editor, ModelStateDictionary errors)
    {
        var keyed = activity.ValidateSettings(candidate).ToList();
        var all = activity.Validate(candidate).ToList();
        foreach (var error in keyed)
        {
            var key = error.Key is not { } k ? ""
                : editor is not null ? (editor.Inputs.Contains(k, StringComparer.Ordinal) ? k : "")
                : activity.Settings.Any(s => s.Key == k) ? InputName(k) : "";
            if (key.Length > 0 && errors[key] is { Errors.Count: > 0 })
            {
                continue;
            }

            errors.AddModelError(key, error.Message);
        }

        // A module's activity that only says what is wrong as text.
        foreach (var message in all.Where(m => !keyed.Any(k => k.Message == m)))
        {
            errors.AddModelError("", message);
        }
    }

    /// <summary>The form's fields with labels, hints and options in the reader's language.</summary>
    public async Task<IReadOnlyList<ActivitySettingField>> FieldsAsync(Activity activity, IReadOnlyDictionary<string, ActivitySettingValue> values, CancellationToken cancellationToken)
    {
        var fields = new List<ActivitySettingField>();
        foreach (var setting in activity.Settings)
        {
            var value = values.GetValueOrDefault(setting.Key) ?? ActivitySettingValue.Empty;
            IReadOnlyList<ActivitySettingOption> options = setting.Kind switch
            {
                ActivitySettingKind.Choice => setting.Options.Select(o => o with { Label = catalog.Text(activity, o.Label) }).ToList(),
                ActivitySettingKind.Roles or ActivitySettingKind.ContentTypes => await SiteOptionsAsync(setting.Kind, value.Items, cancellationToken),
                _ => [],
            };
            fields.Add(new(setting, InputName(setting.Key), catalog.Text(activity, setting.Label), catalog.Text(activity, setting.Hint), value, options));
        }

        return fields;
    }

    /// <summary>The site's roles or types, and a chosen one the site no longer has (an import's), so it is seen and kept.</summary>
    private async Task<IReadOnlyList<ActivitySettingOption>> SiteOptionsAsync(ActivitySettingKind kind, IReadOnlyList<string> chosen, CancellationToken cancellationToken)
    {
        var options = new List<ActivitySettingOption>();
        foreach (var source in sources.Where(s => s.Kind == kind))
        {
            options.AddRange(await source.GetOptionsAsync(cancellationToken));
        }

        foreach (var value in chosen.Where(c => !options.Any(o => o.Value == c)))
        {
            options.Add(new(value, T["{0} (not on this site)", value]));
        }

        return options;
    }

    /// <summary>Browsers post line breaks as CR LF (and a CR in a textarea is not valid HTML): templates and lists keep LF.</summary>
    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static bool IsYes(string? text) => string.Equals(text?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static List<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static decimal? ParseNumber(string text) =>
        decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number) ? number : null;
}
