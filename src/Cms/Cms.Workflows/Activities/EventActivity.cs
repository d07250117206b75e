namespace Cms.Workflows.Activities;

/// <summary>An event: reached by a transition it halts the instance; when its event arrives it ends with "Done".</summary>
public abstract class EventActivity : Activity
{
    public const string Done = "Done";

    public override bool IsEvent => true;

    public override Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ActivityResult.Halt());

    public override Task<ActivityResult> ResumeAsync(ActivityContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ActivityResult.Outcomes(Done));
}
