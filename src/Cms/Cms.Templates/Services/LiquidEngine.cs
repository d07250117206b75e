using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Contents.Fields;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Templates.Localization;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.Localization;

namespace Cms.Templates.Services;

/// <summary>Why a template does not parse, with the line it happens on (1-based) when the parser says.</summary>
public sealed record TemplateError(int? Line, string Message);

/// <summary>
/// Fluid set up for the site's templates: output is always HTML-encoded; the model has Orchard's shape
/// (<c>Model.ContentItem.Content.TitlePart.Title</c>); filters <c>field</c>/<c>display_value</c>, <c>markdownify</c>,
/// <c>date</c> (Danish, Europe/Copenhagen) and <c>t</c>. Fluid's own <c>raw</c> stays for HTML that is already sanitized.
/// </summary>
public sealed partial class LiquidEngine
{
    /// <summary>Where the rows (display values of the parts and fields) of the rendered item wait for the filters.</summary>
    private const string RowsKey = "ContentDisplayRows";

    private static readonly CultureInfo s_danish = CultureInfo.GetCultureInfo("da-DK");

    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options;
    private readonly TimeZoneInfo _timeZone;
    private readonly HtmlEncoder _encoder;

    // The site's encoder (Razor's too) leaves Danish letters as they are; the default one would escape æ, ø and å.
    public LiquidEngine(HtmlEncoder encoder, IStringLocalizer<TemplateStrings> T)
    {
        _encoder = encoder;
        _timeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        _options = new TemplateOptions { CultureInfo = s_danish, TimeZone = _timeZone };
        _options.MemberAccessStrategy.Register<ContentItem>();
        _options.ValueConverters.Add(value => value is JsonNode node ? Convert(node) : null);
        // The content store keeps UTC times without a kind; say so, or they would be read as server-local times.
        _options.ValueConverters.Add(value => value is DateTime time ? new DateTimeValue(new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc))) : null);
        _options.Filters.AddFilter("field", Field);
        _options.Filters.AddFilter("display_value", Field);
        _options.Filters.AddFilter("markdownify", (input, _, _) =>
            new StringValue(FieldDriverSupport.MarkdownToHtml(input.ToStringValue()), encode: false));
        _options.Filters.AddFilter("date", (input, arguments, _) => Date(input, arguments));
        _options.Filters.AddFilter("t", (input, _, _) => new StringValue(T[input.ToStringValue()].Value));
    }

    public bool TryParse(string text, out IFluidTemplate? template, out TemplateError? error)
    {
        if (_parser.TryParse(text, out var parsed, out var message))
        {
            template = parsed;
            error = null;
            return true;
        }

        template = null;
        var position = Position().Match(message ?? "");
        error = new TemplateError(position.Success ? int.Parse(position.Groups[1].Value, CultureInfo.InvariantCulture) : null, message ?? "");
        return false;
    }

    /// <summary>Renders an item with a template; the item's display values come from the field and part drivers.</summary>
    public async Task<string> RenderAsync(IFluidTemplate template, ContentDisplayViewModel model, ContentDisplayType displayType)
    {
        var context = new TemplateContext(_options) { CultureInfo = CultureInfo.CurrentCulture };
        context.AmbientValues[RowsKey] = model.Rows;
        var fields = model.Rows.Where(r => r.IsField).Select(Row).ToArray();
        var body = string.Concat(model.Shown.Where(r => !r.IsField).Select(r => HtmlOf(r.Value)));
        context.SetValue("Model", new DictionaryValue(new FluidValueDictionaryFluidIndexable(new Dictionary<string, FluidValue>
        {
            ["ContentItem"] = FluidValue.Create(model.Item, _options),
            ["Title"] = new StringValue(model.Title),
            ["DisplayType"] = new StringValue(displayType.ToString()),
            ["Body"] = new StringValue(body, encode: false),
            ["Fields"] = new ArrayValue(fields),
        })));
        context.SetValue("ContentItem", model.Item);
        return await template.RenderAsync(context, _encoder);
    }

    private FluidValue Row(ContentDisplayRow row) => new DictionaryValue(new FluidValueDictionaryFluidIndexable(new Dictionary<string, FluidValue>
    {
        ["Name"] = new StringValue(row.Key),
        ["Label"] = new StringValue(row.Label),
        ["Text"] = new StringValue(row.Value.Text),
        ["Html"] = new StringValue(HtmlOf(row.Value), encode: false),
    }));

    private string HtmlOf(ContentDisplay display)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        display.Html.WriteTo(writer, _encoder);
        return writer.ToString();
    }

    /// <summary><c>{{ "Page.Intro" | field }}</c>: the field's display from its driver (already encoded or sanitized).</summary>
    private async ValueTask<FluidValue> Field(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var key = input is DictionaryValue ? (await input.GetValueAsync("Name", context)).ToStringValue() : input.ToStringValue();
        var rows = context.AmbientValues.TryGetValue(RowsKey, out var value) ? value as IReadOnlyList<ContentDisplayRow> : null;
        var row = rows?.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.Ordinal))
            ?? rows?.FirstOrDefault(r => r.Key.EndsWith("." + key, StringComparison.Ordinal));
        return row is null ? NilValue.Instance : new StringValue(HtmlOf(row.Value), encode: false);
    }

    /// <summary><c>{{ value | date }}</c> is dd.MM.yyyy; an argument is a .NET format (<c>"d. MMMM yyyy"</c>). Times show in Copenhagen time.</summary>
    private FluidValue Date(FluidValue input, FilterArguments arguments)
    {
        var format = arguments.Count > 0 ? arguments.At(0).ToStringValue() : "dd.MM.yyyy";
        DateTimeOffset moment;
        switch (input.ToObjectValue())
        {
            case DateTimeOffset offset:
                moment = TimeZoneInfo.ConvertTime(offset, _timeZone);
                break;
            case DateTime dateTime:
                moment = TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)), _timeZone);
                break;
            default:
                var text = input.ToStringValue();
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    // A date without a time is a calendar day: no time zone to convert.
                    return new StringValue(date.ToString(format, s_danish));
                }

                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    return NilValue.Instance;
                }

                moment = TimeZoneInfo.ConvertTime(parsed, _timeZone);
                break;
        }

        return new StringValue(moment.ToString(format, s_danish));
    }

    private static FluidValue Convert(JsonNode node) => node switch
    {
        JsonObject obj => new DictionaryValue(new FluidValueDictionaryFluidIndexable(
            obj.ToDictionary(p => p.Key, p => p.Value is null ? NilValue.Instance : Convert(p.Value), StringComparer.Ordinal))),
        JsonArray array => new ArrayValue(array.Select(n => n is null ? NilValue.Instance : Convert(n)).ToArray()),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => new StringValue(value.GetValue<string>()),
            JsonValueKind.Number => NumberValue.Create(value.GetValue<decimal>()),
            JsonValueKind.True => BooleanValue.True,
            JsonValueKind.False => BooleanValue.False,
            _ => NilValue.Instance,
        },
        _ => NilValue.Instance,
    };

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();
}
