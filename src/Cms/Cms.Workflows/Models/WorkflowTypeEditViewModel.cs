using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cms.Workflows.Models;

/// <summary>
/// The type editor: name and options, and the activities and transitions as Orchard-shaped JSON. Numbers and the
/// document are bound as text, so what was typed comes back unchanged with the message when it cannot be read.
/// </summary>
public sealed class WorkflowTypeEditViewModel
{
    public string? Name { get; set; }

    public bool IsEnabled { get; set; }

    public bool IsSingleton { get; set; }

    public string? LockTimeout { get; set; }

    public string? LockExpiration { get; set; }

    public bool DeleteFinishedWorkflows { get; set; }

    public string? Definition { get; set; }

    /// <summary>The version the editor started from: a version saved by someone else meanwhile is not overwritten unseen.</summary>
    public int BaseVersion { get; set; }

    [BindNever]
    public string WorkflowTypeId { get; set; } = "";

    [BindNever]
    public int LatestVersion { get; set; }

    [BindNever]
    public IReadOnlyList<WorkflowVersionRow> Versions { get; set; } = [];

    [BindNever]
    public WorkflowGraph? Graph { get; set; }

    /// <summary>The activities the site knows, for the help beside the document.</summary>
    [BindNever]
    public IReadOnlyList<WorkflowActivityHelp> KnownActivities { get; set; } = [];
}
