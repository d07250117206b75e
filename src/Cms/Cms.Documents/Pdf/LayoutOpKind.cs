namespace Cms.Documents.Pdf;

/// <summary>What a laid-out step does: open or close a structure element, draw text, or draw decoration.</summary>
internal enum LayoutOpKind
{
    /// <summary>Opens a structure element; <see cref="LayoutOp.Tag"/> is its PDF tag (H1, P, Table, TH:Row, …).</summary>
    Begin,

    End,

    /// <summary>Text that belongs to the open structure element.</summary>
    Text,

    /// <summary>Text that repeats what is tagged elsewhere (a table's header row on a following page): an artifact.</summary>
    ArtifactText,

    /// <summary>A horizontal rule (an artifact).</summary>
    Rule,

    /// <summary>A shaded rectangle behind a header row (an artifact).</summary>
    Fill,
}
