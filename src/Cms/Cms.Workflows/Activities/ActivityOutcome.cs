using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Activities;

/// <summary>An outcome of an activity: its stable name (what transitions refer to) and its display name.</summary>
public sealed record ActivityOutcome(string Name, LocalizedString DisplayName);
