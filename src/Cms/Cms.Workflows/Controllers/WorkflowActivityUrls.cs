namespace Cms.Workflows.Controllers;

/// <summary>The addresses of a workflow type's activity pages (settings, adding, removing, transitions).</summary>
public static class WorkflowActivityUrls
{
    public static string Activities(string workflowTypeId) => $"{WorkflowAdminUrls.Type(workflowTypeId)}/activities";

    public static string Add(string workflowTypeId) => $"{Activities(workflowTypeId)}/add";

    public static string Add(string workflowTypeId, string activityName) => $"{Add(workflowTypeId)}/{Uri.EscapeDataString(activityName)}";

    public static string Activity(string workflowTypeId, string activityId) => $"{Activities(workflowTypeId)}/{Uri.EscapeDataString(activityId)}";

    public static string Delete(string workflowTypeId, string activityId) => $"{Activity(workflowTypeId, activityId)}/delete";

    public static string Transitions(string workflowTypeId, string activityId) => $"{Activity(workflowTypeId, activityId)}/transitions";

    public static string RemoveTransition(string workflowTypeId, string activityId) => $"{Transitions(workflowTypeId, activityId)}/remove";
}
