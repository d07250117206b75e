using Cms.Workflows.Activities;
using Cms.Workflows.Localization;
using Microsoft.Extensions.Localization;

namespace LtkSite.Tests.Integration.Workflows;

/// <summary>A task that fails while <see cref="FlakyService.IsDown"/> is set, like a mail server that is down.</summary>
public sealed class FlakyTask(IStringLocalizer<WorkflowStrings> T, FlakyService service) : TaskActivity(T)
{
    public override string Name => nameof(FlakyTask);

    public override string DisplayName => "Flaky";

    public override string Category => "Tests";

    public override Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        service.IsDown ? throw new InvalidOperationException("The service is down.") : Task.FromResult(ActivityResult.Outcomes(Done));
}
