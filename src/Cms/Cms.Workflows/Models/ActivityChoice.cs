namespace Cms.Workflows.Models;

/// <summary>An option of a select list on the activity pages: the value posted and what the reader sees.</summary>
public sealed record ActivityChoice(string Value, string Label);
