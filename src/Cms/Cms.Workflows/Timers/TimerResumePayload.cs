namespace Cms.Workflows.Timers;

/// <summary>What a resume row resumes: one instance at one activity, halted until <paramref name="ResumeAtUtc"/>.</summary>
public sealed record TimerResumePayload(string WorkflowId, string ActivityId, DateTime ResumeAtUtc);
