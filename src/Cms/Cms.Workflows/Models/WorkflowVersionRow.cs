namespace Cms.Workflows.Models;

/// <summary>One version of a type in its versions list: when and by whom it was made, and how many instances run on it.</summary>
public sealed record WorkflowVersionRow(int Version, string Created, string CreatedBy, int Activities, int Unfinished, bool IsLatest);
