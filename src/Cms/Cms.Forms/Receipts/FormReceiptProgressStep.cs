namespace Cms.Forms.Receipts;

/// <summary>One step of a receipt's progress list: its label, when it was reached (already formatted, when known) and where the submission is.</summary>
public sealed record FormReceiptProgressStep(string Label, string? Date, FormReceiptStepState State);
