using Cms.Email.Services;
using Microsoft.Extensions.Options;

namespace Cms.Email.Workflows;

/// <summary>
/// The workflow engine's budget: the mails of one instance (sources <c>workflow:{instance}/…</c>) count together, at most
/// <see cref="EmailOptions.MaxPerWorkflowInstance"/>, so an edited type that loops cannot mail one person thousands of times.
/// </summary>
public sealed class WorkflowMailBudget(IOptions<EmailOptions> options) : IMailBudget
{
    public const string SourcePrefix = "workflow:";

    /// <summary>The source (and the outbox key) of one execution of an e-mail activity in an instance.</summary>
    public static string SourceOf(string workflowId, string activityId, int execution) => $"{InstancePrefix(workflowId)}{activityId}/{execution}";

    public static string InstancePrefix(string workflowId) => $"{SourcePrefix}{workflowId}/";

    public MailBudget? For(string source)
    {
        if (!source.StartsWith(SourcePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var slash = source.IndexOf('/', SourcePrefix.Length);
        return slash < 0 ? null : new MailBudget(source[..(slash + 1)], options.Value.MaxPerWorkflowInstance);
    }
}
