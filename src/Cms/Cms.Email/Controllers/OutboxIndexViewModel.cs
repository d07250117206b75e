using Cms.Email.Models;

namespace Cms.Email.Controllers;

/// <summary>One page of the outbox list, newest first, with the status filter.</summary>
public sealed record OutboxIndexViewModel(OutboxMailStatus? Status, IReadOnlyList<OutboxRow> Rows, int Total, int Page, int PageCount, bool CanResend);
