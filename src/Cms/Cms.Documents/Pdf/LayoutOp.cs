namespace Cms.Documents.Pdf;

/// <summary>
/// One step of a laid-out page, in reading order. Text is placed by its top-left corner; a rule or fill by its
/// rectangle (a rule uses <see cref="Width"/> only).
/// </summary>
internal readonly record struct LayoutOp(LayoutOpKind Kind, string Tag = "", double X = 0, double Y = 0, double Width = 0, double Height = 0, string Text = "", TextStyle Style = TextStyle.Body)
{
    public static LayoutOp Begin(string tag) => new(LayoutOpKind.Begin, tag);

    public static LayoutOp End() => new(LayoutOpKind.End);
}
