namespace Cms.Workflows.Controllers;

/// <summary>The addresses of the workflow admin pages, in one place for the controllers, views and tests.</summary>
public static class WorkflowAdminUrls
{
    public const string Types = "/admin/workflows";

    public static string Type(string workflowTypeId) => $"{Types}/{Uri.EscapeDataString(workflowTypeId)}";

    public static string Version(string workflowTypeId, int version) => $"{Type(workflowTypeId)}/versions/{version}";

    public static string Instances(string workflowTypeId) => $"{Type(workflowTypeId)}/instances";

    public static string Instance(string workflowTypeId, string workflowId) => $"{Instances(workflowTypeId)}/{Uri.EscapeDataString(workflowId)}";

    public static string Move(string workflowTypeId) => $"{Type(workflowTypeId)}/move";
}
