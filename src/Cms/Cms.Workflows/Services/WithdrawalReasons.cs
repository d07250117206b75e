namespace Cms.Workflows.Services;

/// <summary>
/// Why a wait or a task was withdrawn, as stored in the journal and the task's history: English keys of
/// <see cref="Localization.WorkflowDefinitionStrings"/>, so each reader sees them in their own language.
/// </summary>
public static class WithdrawalReasons
{
    public const string Aborted = "The workflow was aborted.";

    public const string Moved = "The workflow was moved to a version that no longer waits here.";

    public const string JoinedElsewhere = "Another branch reached the join first.";

    public static bool IsKnown(string? text) => text is Aborted or Moved or JoinedElsewhere;
}
