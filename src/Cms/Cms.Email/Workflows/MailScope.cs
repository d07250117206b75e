using Fluid.Values;

namespace Cms.Email.Workflows;

/// <summary>The values a mail's templates see beyond the workflow's own, and the admin address of what the mail is about.</summary>
public sealed record MailScope(IReadOnlyDictionary<string, FluidValue> Values, string? Link);
