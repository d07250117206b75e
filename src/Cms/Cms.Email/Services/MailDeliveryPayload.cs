namespace Cms.Email.Services;

/// <summary>What the delivery row of the work queue carries: the mail's Message-ID.</summary>
public sealed record MailDeliveryPayload(string MessageId);
