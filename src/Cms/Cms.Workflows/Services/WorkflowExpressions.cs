using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using Cms.Core.Localization;
using Cms.Core.Text;
using Cms.Workflows.Activities;
using Fluid;
using Fluid.Values;

namespace Cms.Workflows.Services;

/// <summary>
/// The expressions in workflow settings are Liquid (Fluid): templates for text, and for conditions a Liquid boolean
/// expression (what follows <c>{% if</c>). Liquid reads values and cannot run code, which is the point (decision
/// 0026): a workflow type is data an administrator imports. In scope: <c>Input</c>, <c>Properties</c>, <c>Workflow</c>.
/// </summary>
public sealed class WorkflowExpressions
{
    private static readonly FluidParser s_parser = new();
    private readonly TemplateOptions _options;
    private readonly TimeProvider? _clock;
    private readonly SiteTimeZone? _siteTime;

    /// <summary>With the site's clock and time zone, <c>"now"</c> and dates without an offset in templates are the site's.</summary>
    public WorkflowExpressions(TimeProvider? clock = null, SiteTimeZone? siteTime = null)
    {
        _clock = clock;
        _siteTime = siteTime;
        _options = new TemplateOptions { CultureInfo = CultureInfo.InvariantCulture };
        _options.ValueConverters.Add(value => value is JsonNode node ? JsonFluidValues.Convert(node) : null);
    }

    public static bool TryParseTemplate(string text, out string? error)
    {
        var ok = s_parser.TryParse(text, out _, out var message);
        error = ok ? null : message;
        return ok;
    }

    public static bool TryParseCondition(string expression, out string? error)
    {
        if (!IsPlainExpression(expression))
        {
            error = "A condition is an expression such as Input.Amount > 1000, without {% %} or {{ }}.";
            return false;
        }

        return TryParseTemplate(ConditionTemplate(expression), out error);
    }

    /// <summary>
    /// Renders a template to plain text (no HTML encoding: the result is a value, a log line or a title, and
    /// the page that shows it encodes it).
    /// </summary>
    public Task<string> RenderAsync(string text, ActivityContext context, CancellationToken cancellationToken) =>
        RenderAsync(text, context, new Dictionary<string, FluidValue>(), NullEncoder.Default, cancellationToken);

    /// <summary>
    /// Renders a template with more values in scope than the workflow's (an activity's own, e.g. the site and the item) and
    /// an encoder for what it inserts (an HTML mail body encodes the values it shows).
    /// </summary>
    public async Task<string> RenderAsync(string text, ActivityContext context, IReadOnlyDictionary<string, FluidValue> scope, TextEncoder encoder, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrEmpty(text) || !text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        if (!s_parser.TryParse(text, out var template, out var error))
        {
            throw new InvalidOperationException($"The template '{text}' is not valid Liquid: {error}");
        }

        var templateContext = CreateContext(context);
        foreach (var (name, value) in scope)
        {
            templateContext.SetValue(name, value);
        }

        return await template.RenderAsync(templateContext, encoder);
    }

    public async Task<bool> EvaluateAsync(string expression, ActivityContext context, CancellationToken cancellationToken)
    {
        if (!TryParseCondition(expression, out var error))
        {
            throw new InvalidOperationException($"The condition '{expression}' is not valid: {error}");
        }

        var result = await RenderAsync(ConditionTemplate(expression), context, cancellationToken);
        return result == "true";
    }

    private static bool IsPlainExpression(string expression) =>
        !string.IsNullOrWhiteSpace(expression)
        && !expression.Contains("%}", StringComparison.Ordinal) && !expression.Contains("{%", StringComparison.Ordinal)
        && !expression.Contains("{{", StringComparison.Ordinal) && !expression.Contains("}}", StringComparison.Ordinal);

    private static string ConditionTemplate(string expression) => "{% if " + expression + " %}true{% else %}false{% endif %}";

    private TemplateContext CreateContext(ActivityContext context)
    {
        var instance = context.Instance;
        var templateContext = new TemplateContext(_options);
        if (_clock is { } clock)
        {
            templateContext.Now = clock.GetUtcNow;
        }

        if (_siteTime is not null)
        {
            templateContext.TimeZone = _siteTime.Zone;
        }

        templateContext.SetValue("Input", JsonFluidValues.Convert(instance.Input));
        templateContext.SetValue("Properties", JsonFluidValues.Convert(instance.Properties));
        templateContext.SetValue("Workflow", JsonFluidValues.Convert(new JsonObject
        {
            ["WorkflowId"] = instance.WorkflowId,
            ["WorkflowTypeId"] = instance.WorkflowTypeId,
            ["CorrelationId"] = instance.CorrelationId,
            ["Version"] = instance.TypeVersion,
        }));
        return templateContext;
    }
}
