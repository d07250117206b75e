using Council.Grants.Models;

namespace Council.Grants.Drivers;

/// <summary>What the application part's editor shows beside its inputs.</summary>
public sealed record ApplicationEditorData(
    IReadOnlyList<(GrantApplicationStatus Status, string Label)> Statuses,
    string? Submitted,
    string? ExpectedMeeting,
    string? AgendaMeeting,
    bool LowerPriority,
    IReadOnlyList<string> Warnings);
