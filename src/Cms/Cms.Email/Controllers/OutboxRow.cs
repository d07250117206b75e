using Cms.Email.Models;

namespace Cms.Email.Controllers;

/// <summary>A mail as the outbox list shows it, its times already in Danish form.</summary>
public sealed record OutboxRow(long Id, string Created, string To, string Subject, OutboxMailStatus Status, int Attempts, string? LastError, string? NextAttempt, string? Sent);
