using System.Text.Json;
using Cms.Workflows.Activities;
using Cms.Workflows.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Forms.Workflows;

/// <summary>
/// Starts or resumes a workflow when a public form is sent, for the content types in <c>ContentTypeFilter</c> (all
/// when empty). The input has the item (<c>Input.ContentItemId</c>), its type, the reference and the citizen's language.
/// </summary>
public sealed class FormSubmittedEvent(IStringLocalizer<FormWorkflowStrings> T) : EventActivity
{
    public const string EventName = nameof(FormSubmittedEvent);

    public override string Name => EventName;

    public override string DisplayName => "Form submitted";

    public override string Category => "Content";

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) => [new(Done, T["Done"])];

    public override Task<bool> CanExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var filter = ActivityContext.ListOf(context.Activity, "ContentTypeFilter");
        var type = context.Event?.Input?[FormWorkflowEventHandler.ContentType] is { } node && node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
        return Task.FromResult(filter.Count == 0 || (type is not null && filter.Contains(type, StringComparer.Ordinal)));
    }
}
