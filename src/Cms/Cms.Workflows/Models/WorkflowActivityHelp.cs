namespace Cms.Workflows.Models;

/// <summary>An activity the site knows, as the editor's help lists it: the name to write, the Orchard names it answers to, its outcomes.</summary>
public sealed record WorkflowActivityHelp(string Name, string DisplayName, bool IsEvent, IReadOnlyList<string> OrchardNames, IReadOnlyList<string> Outcomes);
