namespace Council.Grants.Reports;

/// <summary>What the grantee gave for one line of the accounts: the actual cost, why it differs, and the receipt's stored file.</summary>
public sealed record GrantReportLineInput(int Position, decimal Actual, string Explanation, string? ReceiptFileId);
