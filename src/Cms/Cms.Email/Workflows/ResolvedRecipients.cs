namespace Cms.Email.Workflows;

/// <summary>The addresses a recipients expression named, and each entry that named none (what to fix in the type).</summary>
public sealed record ResolvedRecipients(IReadOnlyList<string> Addresses, IReadOnlyList<string> Problems);
