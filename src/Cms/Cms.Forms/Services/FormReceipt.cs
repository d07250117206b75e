namespace Cms.Forms.Services;

/// <summary>A stored submission: its item, its reference and the receipt's private token (given out once).</summary>
public sealed record FormReceipt(string ContentItemId, string Reference, string Token);
