namespace Cms.Workflows.Tasks;

/// <summary>The inbox's addresses.</summary>
public static class TaskUrls
{
    public const string Inbox = "/admin/tasks";

    public static string Task(string taskId) => Inbox + "/" + taskId;
}
