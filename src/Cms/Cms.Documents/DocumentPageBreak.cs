namespace Cms.Documents;

/// <summary>The next block starts on a new page.</summary>
public sealed record DocumentPageBreak : DocumentBlock
{
    public static readonly DocumentPageBreak Instance = new();
}
