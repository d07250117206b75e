using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Contents.Fields;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.Localization;
using Cms.Core.Text;
using Cms.Templates.Localization;
using Fluid;
using Fluid.Values;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Cms.Templates.Services;

/// <summary>Why a template does not parse, with the line it happens on (1-based) when the parser says.</summary>
public sealed record TemplateError(int? Line, string Message);

/// <summary>
/// Fluid set up for the site's templates: output is always HTML-encoded; the model has Orchard's shape
/// (<c>Model.ContentItem.Content.TitlePart.Title</c>); filters <c>field</c>/<c>display_value</c>, <c>markdownify</c>,
/// <c>date</c> (in the page's language and the site's time zone), <c>t</c>, and for pages that list other items
/// <c>published_items</c> and <c>group_by</c>. Fluid's own <c>raw</c> stays for HTML that is already sanitized.
/// </summary>
public sealed partial class LiquidEngine
{
    /// <summary>Where the rows (display values of the parts and fields) of the rendered item wait for the filters.</summary>
    private const string RowsKey = "ContentDisplayRows";

    /// <summary>The rendering request's services (scoped), for filters that read other items.</summary>
    private const string ServicesKey = "Services";

    /// <summary>The culture of the rendered item, the default culture of the items it lists.</summary>
    private const string CultureKey = "ItemCulture";

    /// <summary>The properties a field's stored value lives in (Orchard's field shapes), most common first.</summary>
    private static readonly string[] s_valueProperties = ["Text", "Value", "Markdown", "Html", "Email", "Values", "ContentItemIds", "Paths", "Url"];

    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options;
    private readonly SiteTimeZone _siteTime;
    private readonly HtmlEncoder _encoder;

    // The site's encoder (Razor's too) leaves Danish letters as they are; the default one would escape æ, ø and å.
    public LiquidEngine(HtmlEncoder encoder, SiteTimeZone siteTime, IStringLocalizer<TemplateStrings> T, ThemeTemplates shipped)
    {
        _encoder = encoder;
        _siteTime = siteTime;
        _options = new TemplateOptions { CultureInfo = DanishCulture.Culture, TimeZone = siteTime.Zone, FileProvider = new ShippedTemplateFileProvider(shipped) };
        _options.MemberAccessStrategy.Register<ContentItem>();
        _options.ValueConverters.Add(value => value is JsonNode node ? JsonFluidValues.Convert(node) : null);
        // The content store keeps UTC times without a kind; say so, or they would be read as server-local times.
        _options.ValueConverters.Add(value => value is DateTime time ? new DateTimeValue(new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc))) : null);
        _options.Filters.AddFilter("field", Field);
        _options.Filters.AddFilter("display_value", Field);
        _options.Filters.AddFilter("markdownify", (input, _, _) =>
            new StringValue(FieldDriverSupport.MarkdownToHtml(input.ToStringValue()), encode: false));
        _options.Filters.AddFilter("date", (input, arguments, context) => Date(input, arguments, context));
        // {{ "{0} members" | t: 4 }}: the arguments fill the translated text's placeholders.
        _options.Filters.AddFilter("t", (input, arguments, _) =>
            new StringValue(T[input.ToStringValue(), Enumerable.Range(0, arguments.Count).Select(i => arguments.At(i).ToObjectValue()).ToArray()].Value));
        _options.Filters.AddFilter("number", (input, _, context) => Number(input, context));
        _options.Filters.AddFilter("paragraphs", (input, _, _) => Paragraphs(input.ToStringValue()));
        _options.Filters.AddFilter("published_items", PublishedItemsAsync);
        _options.Filters.AddFilter("group_by", GroupByAsync);
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

    /// <summary>
    /// Renders an item with a template; the item's display values come from the field and part drivers.
    /// <paramref name="services"/> (the request's) lets the template list other items.
    /// </summary>
    public async Task<string> RenderAsync(IFluidTemplate template, ContentDisplayViewModel model, ContentDisplayType displayType, IServiceProvider? services = null, string? url = null)
    {
        var context = new TemplateContext(_options) { CultureInfo = CultureInfo.CurrentCulture, TimeZone = _siteTime.Zone };
        context.AmbientValues[RowsKey] = model.Rows;
        context.AmbientValues[CultureKey] = model.Item.Culture ?? CultureInfo.CurrentCulture.Name;
        if (services is not null)
        {
            context.AmbientValues[ServicesKey] = services;
        }

        var list = displayType == ContentDisplayType.Detail ? await ListAsync(model, services) : NilValue.Instance;
        var fields = model.Rows.Where(r => r.IsField).Select(Row).ToArray();
        var body = string.Concat(model.Shown.Where(r => !r.IsField).Select(r => HtmlOf(r.Value)));
        context.SetValue("Model", new DictionaryValue(new FluidValueDictionaryFluidIndexable(new Dictionary<string, FluidValue>
        {
            ["ContentItem"] = FluidValue.Create(model.Item, _options),
            ["Title"] = new StringValue(model.Title),
            ["DisplayType"] = new StringValue(displayType.ToString()),
            ["Body"] = new StringValue(body, encode: false),
            ["Fields"] = new ArrayValue(fields),
            ["Url"] = url is null ? NilValue.Instance : new StringValue(url),
            ["List"] = list,
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

    private string HtmlOf(ContentDisplay display) => HtmlOf(display.Html);

    private string HtmlOf(IHtmlContent html)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        html.WriteTo(writer, _encoder);
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

    /// <summary>
    /// <c>{% assign news = "NewsItem" | published_items: limit: 3, order: "newest" %}</c>: published items of a type in
    /// the rendered item's culture (or <c>culture: "en"</c>), ordered by title in Danish order unless <c>order: "newest"</c>.
    /// Each has <c>Title</c>, <c>Url</c>, <c>Summary</c> (its Summary template), <c>ContentItem</c> and the stored values
    /// of its own part's fields by name (<c>item.Organisation</c>, <c>item.RepresentsRefugeesAndImmigrants</c>).
    /// </summary>
    private async ValueTask<FluidValue> PublishedItemsAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!context.AmbientValues.TryGetValue(ServicesKey, out var value) || value is not IServiceProvider services
            || services.GetService(typeof(PublishedItems)) is not PublishedItems published)
        {
            return new ArrayValue([]);
        }

        var type = input.ToStringValue();
        var culture = arguments["culture"] is StringValue asked ? asked.ToStringValue() : (string)context.AmbientValues[CultureKey];
        var order = string.Equals(arguments["order"].ToStringValue(), "newest", StringComparison.OrdinalIgnoreCase) ? ListOrder.Newest : ListOrder.Title;
        var limit = arguments["limit"] is NumberValue number ? (int)number.ToNumberValue() : PublishedItems.MaxItems;
        var items = await published.ListAsync(type, culture, order, limit, CancellationToken.None);
        return new ArrayValue(items.Select(i => (FluidValue)Listed(i, type)).ToArray());
    }

    /// <summary>
    /// <c>Model.List</c> of an item with a ListPart (a blog, a news list): the page of its published items the request
    /// asks for, in the item's language, with <c>Items</c> (as <c>published_items</c> gives them), <c>Page</c>,
    /// <c>Pages</c>, <c>Total</c>, <c>PreviousUrl</c> and <c>NextUrl</c>; nil for other items. The built-in
    /// <c>ListPart</c> template shows it.
    /// </summary>
    private async Task<FluidValue> ListAsync(ContentDisplayViewModel model, IServiceProvider? services)
    {
        if (model.Type?.FindPart(PartNames.List) is not { } part
            || services?.GetService(typeof(PublishedItems)) is not PublishedItems published)
        {
            return NilValue.Instance;
        }

        var culture = model.Item.Culture ?? CultureInfo.CurrentCulture.Name;
        var page = await published.ListContainedAsync(model.Item, part.Settings.GetSettings<ListPartSettings>(), culture, CancellationToken.None);
        return new DictionaryValue(new FluidValueDictionaryFluidIndexable(new Dictionary<string, FluidValue>
        {
            ["Items"] = new ArrayValue(page.Items.Select(i => (FluidValue)Listed(i, i.Item.ContentType)).ToArray()),
            ["Page"] = NumberValue.Create(page.Page),
            ["Pages"] = NumberValue.Create(page.Pages),
            ["Total"] = NumberValue.Create(page.Total),
            ["PreviousUrl"] = page.PreviousUrl is null ? NilValue.Instance : new StringValue(page.PreviousUrl),
            ["NextUrl"] = page.NextUrl is null ? NilValue.Instance : new StringValue(page.NextUrl),
        }));
    }

    private DictionaryValue Listed(ListedItem listed, string type)
    {
        var values = new Dictionary<string, FluidValue>(StringComparer.Ordinal);
        if (listed.Item.TryGetPart(type) is { } part)
        {
            foreach (var (name, field) in part)
            {
                if (field is JsonObject stored && s_valueProperties.FirstOrDefault(stored.ContainsKey) is { } property)
                {
                    values[name] = stored[property] is { } node ? JsonFluidValues.Convert(node) : NilValue.Instance;
                }
            }
        }

        values["ContentItem"] = FluidValue.Create(listed.Item, _options);
        values["Title"] = new StringValue(listed.Title);
        values["Url"] = listed.Url is null ? NilValue.Instance : new StringValue(listed.Url);
        values["Summary"] = new StringValue(HtmlOf(listed.Summary), encode: false);
        return new DictionaryValue(new FluidValueDictionaryFluidIndexable(values));
    }

    /// <summary>
    /// <c>{% assign groups = members | group_by: "Organisation" %}</c>: groups with <c>Key</c>, <c>Items</c> (in their
    /// incoming order) and <c>Count</c>, ordered by key in Danish order; items without the value come last under an empty key.
    /// </summary>
    private static async ValueTask<FluidValue> GroupByAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var property = arguments.At(0).ToStringValue();
        var groups = new Dictionary<string, List<FluidValue>>(DanishCulture.Comparer);
        foreach (var item in input.Enumerate(context))
        {
            var key = (await item.GetValueAsync(property, context)).ToStringValue().Trim();
            if (!groups.TryGetValue(key, out var members))
            {
                members = [];
                groups[key] = members;
            }

            members.Add(item);
        }

        return new ArrayValue(groups
            .OrderBy(g => g.Key.Length == 0 ? 1 : 0).ThenBy(g => g.Key, DanishCulture.Comparer)
            .Select(g => (FluidValue)new DictionaryValue(new FluidValueDictionaryFluidIndexable(new Dictionary<string, FluidValue>
            {
                ["Key"] = new StringValue(g.Key),
                ["Items"] = new ArrayValue(g.Value),
                ["Count"] = NumberValue.Create(g.Value.Count),
            })))
            .ToArray());
    }

    /// <summary><c>{{ 2000 | number }}</c>: a whole number with the page language's digit grouping (2.000, or 2,000 in English).</summary>
    private static FluidValue Number(FluidValue input, TemplateContext context) => input is NumberValue or StringValue
        && decimal.TryParse(input.ToStringValue(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? new StringValue(number.ToString(number == decimal.Truncate(number) ? "N0" : "N", context.CultureInfo))
            : NilValue.Instance;

    /// <summary><c>{{ text | paragraphs }}</c>: plain text with blank lines between paragraphs as encoded <c>&lt;p&gt;</c>s.</summary>
    private StringValue Paragraphs(string text)
    {
        var html = new StringBuilder();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append("<p>").AppendJoin("<br>", paragraph.Split('\n').Select(_encoder.Encode)).Append("</p>");
        }

        return new StringValue(html.ToString(), encode: false);
    }

    /// <summary>
    /// <c>{{ value | date }}</c> is dd.MM.yyyy; an argument is a .NET format (<c>"d. MMMM yyyy"</c>), with month names in
    /// the page's language. Times show in the site's time zone (Europe/Copenhagen unless the settings say otherwise).
    /// </summary>
    private FluidValue Date(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var format = arguments.Count > 0 ? arguments.At(0).ToStringValue() : "dd.MM.yyyy";
        var culture = context.CultureInfo.Equals(CultureInfo.InvariantCulture) ? DanishCulture.Culture : context.CultureInfo;
        DateTimeOffset moment;
        switch (input.ToObjectValue())
        {
            case DateTimeOffset offset:
                moment = _siteTime.ToLocal(offset);
                break;
            case DateTime dateTime:
                moment = _siteTime.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)));
                break;
            default:
                var text = input.ToStringValue();
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    // A date without a time is a calendar day: no time zone to convert.
                    return new StringValue(date.ToString(format, culture));
                }

                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    return NilValue.Instance;
                }

                moment = _siteTime.ToLocal(parsed);
                break;
        }

        return new StringValue(moment.ToString(format, culture));
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();
}
