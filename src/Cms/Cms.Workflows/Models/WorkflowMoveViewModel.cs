using Cms.Workflows.Services;

namespace Cms.Workflows.Models;

/// <summary>Moving a type's halted instances to its newest version: the dry run before, the outcome after.</summary>
public sealed record WorkflowMoveViewModel(string WorkflowTypeId, string Name, WorkflowMigrationReport Report);
