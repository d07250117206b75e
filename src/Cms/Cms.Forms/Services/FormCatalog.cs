using Cms.Contents.Fields;
using Cms.Contents.Metadata;
using Cms.Core.Localization;
using Cms.Forms.Editors;
using Cms.Forms.Localization;
using Cms.Forms.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Cms.Forms.Services;

/// <summary>
/// The content types that are public forms (<see cref="FormSettings.Enabled"/>) and each as a <see cref="FormDescriptor"/>:
/// the elements marked <see cref="FormElementSettings.OnForm"/>, in part and field order, split into the type's steps,
/// with the page language's labels, hints, required marks and limits. Read from the shared definition: no query on a warm node.
/// </summary>
public sealed partial class FormCatalog(
    ContentDefinitionManager definitions,
    IServiceProvider services,
    IStringLocalizer<FormStrings> T,
    ILogger<FormCatalog> logger)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> s_reported = new(StringComparer.Ordinal);

    private IReadOnlyList<IFormElementEditor>? _editors;

    /// <summary>Made only when a form is shown.</summary>
    private IReadOnlyList<IFormElementEditor> Editors => _editors ??= services.GetServices<IFormElementEditor>().ToList();

    public async Task<FormDescriptor?> DescribeAsync(string contentType, bool english, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetSharedAsync(cancellationToken);
        return definition.FindType(contentType) is { } type && type.Settings.GetSettings<FormSettings>() is { Enabled: true } settings
            ? Describe(definition, type, settings, english)
            : null;
    }

    private FormDescriptor Describe(ContentDefinition definition, ContentTypeDefinition type, FormSettings settings, bool english)
    {
        var title = (english ? settings.TitleEn : null) ?? settings.Title ?? type.DisplayName;
        var steps = settings.Steps.Count > 0 ? settings.Steps : [new FormStepSettings { Name = "", Title = settings.Title ?? type.DisplayName, TitleEn = settings.TitleEn }];
        var firstStep = steps[0].Name;
        var elements = Elements(definition, type, english, s => steps.Any(x => string.Equals(x.Name, s, StringComparison.Ordinal)) ? s! : firstStep).ToList();
        var url = english ? $"/en/{settings.PathEn}" : $"/{settings.Path}";
        return new FormDescriptor
        {
            Type = type,
            Settings = settings,
            English = english,
            Title = title,
            Url = url,
            Steps = steps
                .Select(s => new FormStep(s.Name, (english ? s.TitleEn : null) ?? s.Title ?? s.Name, elements.Where(e => e.Step == s.Name).ToList()))
                .Where(s => s.Elements.Count > 0)
                .ToList(),
        };
    }

    private IEnumerable<FormElement> Elements(ContentDefinition definition, ContentTypeDefinition type, bool english, Func<string?, string> stepOf)
    {
        foreach (var typePart in type.OrderedParts)
        {
            var partForm = typePart.Settings.GetSettings<FormElementSettings>();
            if (partForm.OnForm && Editors.FirstOrDefault(e => string.Equals(e.PartName, typePart.PartName, StringComparison.Ordinal)) is { } partEditor)
            {
                var label = (english ? partForm.LabelEn : null) ?? typePart.PartSettings.DisplayName ?? typePart.Name;
                if (Allowed(type, typePart.Name, label))
                {
                    yield return new FormElement
                    {
                        PartName = typePart.Name,
                        TypePart = typePart,
                        Prefix = typePart.Name,
                        Label = label,
                        Hint = english ? partForm.HintEn : typePart.PartSettings.Description,
                        Required = partForm.Required,
                        Settings = partForm,
                        Editor = partEditor,
                        Step = stepOf(partForm.Step),
                    };
                }
            }

            if (definition.FindPart(typePart.PartName) is not { } part)
            {
                continue;
            }

            foreach (var field in part.OrderedFields)
            {
                var form = field.Settings.GetSettings<FormElementSettings>();
                if (!form.OnForm)
                {
                    continue;
                }

                if (Editors.FirstOrDefault(e => string.Equals(e.FieldType, field.FieldName, StringComparison.Ordinal)) is not { } editor)
                {
                    ReportOnce($"{type.Name}.{field.Name}", () => LogNoEditor(logger, type.Name, field.Name, field.FieldName));
                    continue;
                }

                var label = (english ? form.LabelEn : null) ?? field.DisplayName;
                if (!Allowed(type, field.Name, label + " " + field.DisplayName))
                {
                    continue;
                }

                var common = field.Settings.GetSettings<CommonGroup>(field.FieldName + "Settings");
                yield return new FormElement
                {
                    PartName = typePart.Name,
                    TypePart = typePart,
                    Field = field,
                    Prefix = $"{typePart.Name}.{field.Name}",
                    Label = label,
                    Hint = english ? form.HintEn : common.Hint ?? field.FieldSettings.Description,
                    Limits = Limits(field, form),
                    Required = common.Required || form.Required,
                    Settings = form,
                    Editor = editor,
                    Step = stepOf(form.Step),
                };
            }
        }
    }

    private bool Allowed(ContentTypeDefinition type, string name, string label)
    {
        if (CprRule.LooksLikeCpr(name) || CprRule.LooksLikeCpr(label))
        {
            ReportOnce($"{type.Name}.{name}", () => LogCprLeftOut(logger, type.Name, name));
            return false;
        }

        return true;
    }

    /// <summary>Logs a problem of the definition once per element and process: a form is described on every request.</summary>
    private static void ReportOnce(string key, Action log)
    {
        if (s_reported.TryAdd(key, true))
        {
            log();
        }
    }

    private string? Limits(ContentPartFieldDefinition field, FormElementSettings form)
    {
        switch (field.FieldName)
        {
            case FieldTypes.Text when field.Settings.GetSettings<TextFieldSettings>().MaxLength is { } max:
                return T["At most {0} characters.", max];
            case FieldTypes.Numeric:
                var numeric = field.Settings.GetSettings<NumericFieldSettings>();
                string Format(decimal n) => n.ToString((numeric.ThousandsSeparator ? "N" : "F") + Math.Max(numeric.Scale, 0), DanishCulture.Culture) + (form.Unit is { Length: > 0 } unit ? " " + unit : "");
                return (numeric.Minimum, numeric.Maximum) switch
                {
                    ({ } min, { } max) => T["From {0} to {1}.", Format(min), Format(max)].Value,
                    ({ } min, null) => T["At least {0}.", Format(min)].Value,
                    (null, { } max) => T["At most {0}.", Format(max)].Value,
                    _ => null,
                };
            case FileFieldDriver.Type:
                var file = field.Settings.GetSettings<FileFieldSettings>();
                var kinds = file.AllowedTypes.Count == 0 ? FileKinds.All : file.AllowedTypes;
                return T["{0}, at most {1}.", string.Join(", ", kinds.Select(k => k.ToUpperInvariant())), FileFormElementEditor.Size(file.MaxSizeKb * 1024L)];
            default:
                return null;
        }
    }

    /// <summary>The keys every field type's own settings group has.</summary>
    private sealed class CommonGroup
    {
        public string? Hint { get; set; }

        public bool Required { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The form {ContentType} leaves out {Field}: no public-form editor for the field type {FieldType}")]
    private static partial void LogNoEditor(ILogger logger, string contentType, string field, string fieldType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The form {ContentType} leaves out {Element}: a public form never asks for a CPR number")]
    private static partial void LogCprLeftOut(ILogger logger, string contentType, string element);
}
