using Cms.Forms.Receipts;
using Cms.Forms.Services;

namespace Cms.Forms.Controllers;

/// <summary>The receipt of a submission: its reference, when it arrived, what was sent and what happens next.</summary>
public sealed record FormReceiptViewModel(FormDescriptor Form, string Reference, string SubmittedAt, IReadOnlyList<FormReceiptSection> Sections)
{
    /// <summary>What the modules add above the summary (<see cref="IFormReceiptContributor"/>): a status, an expected meeting.</summary>
    public IReadOnlyList<FormReceiptPanel> Panels { get; init; } = [];
}

/// <summary>One step's answers on the receipt.</summary>
public sealed record FormReceiptSection(string Title, IReadOnlyList<KeyValuePair<string, string>> Answers);
