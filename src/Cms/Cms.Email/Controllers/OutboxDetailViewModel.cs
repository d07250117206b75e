namespace Cms.Email.Controllers;

/// <summary>One mail with its headers and bodies, as the detail page shows them.</summary>
public sealed record OutboxDetailViewModel(OutboxRow Row, Models.OutboxMail Mail, bool CanResend);
