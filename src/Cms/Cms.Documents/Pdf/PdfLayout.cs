using PdfSharp.Drawing;

namespace Cms.Documents.Pdf;

/// <summary>
/// Lays a <see cref="TextDocument"/> out on A4 pages: wraps lines, keeps a heading with what follows, breaks tables
/// between rows (a row taller than a page goes on as a second row) and repeats a table's header row on each page.
/// The result is the pages' steps in reading order, so the number of pages is known before anything is drawn
/// ("Side 2 af 5").
/// </summary>
internal sealed class PdfLayout
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double Margin = 56.7;
    public const double Top = Margin;
    public const double Bottom = PageHeight - 72;
    public const double Left = Margin;
    public const double Right = PageWidth - Margin;
    public const double Width = Right - Left;

    private const double CellPadding = 4;
    private const double ListIndent = 14;
    private const double BlockGap = 7;

    private readonly PdfFonts _fonts;
    private readonly XGraphics _measure;
    private readonly List<List<LayoutOp>> _pages = [];
    private List<LayoutOp> _page = [];
    private double _y;

    /// <summary>The header row of the table being laid out, repeated after a page break.</summary>
    private Action? _repeatHeader;

    private PdfLayout(PdfFonts fonts, XGraphics measure)
    {
        _fonts = fonts;
        _measure = measure;
        NewPage();
    }

    public static IReadOnlyList<IReadOnlyList<LayoutOp>> Lay(TextDocument document, PdfFonts fonts, CancellationToken cancellationToken)
    {
        using var measure = XGraphics.CreateMeasureContext(new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
        var layout = new PdfLayout(fonts, measure);
        foreach (var block in document.Blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (block)
            {
                case DocumentHeading heading:
                    layout.Heading(heading);
                    break;
                case DocumentParagraph paragraph:
                    layout.Paragraph(paragraph.Text);
                    break;
                case DocumentList list:
                    layout.List(list);
                    break;
                case DocumentFacts facts:
                    layout.Facts(facts);
                    break;
                case DocumentTable table:
                    layout.Table(table);
                    break;
                case DocumentPageBreak:
                    if (!layout.AtTop)
                    {
                        layout.NewPage();
                    }

                    break;
                default:
                    throw new NotSupportedException($"The PDF writer cannot lay out a {block.GetType().Name}.");
            }
        }

        return layout._pages;
    }

    /// <summary>Splits text into lines no wider than <paramref name="width"/>: at spaces, within a word only when the word alone is too wide.</summary>
    public static List<string> Wrap(XGraphics measure, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (measure.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (line.Length > 1 && measure.MeasureString(line, font).Width > width)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && measure.MeasureString(line[..fit], font).Width > width)
                    {
                        fit--;
                    }

                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private bool AtTop => _y <= Top + 0.01;

    private double Remaining => Bottom - _y;

    private void NewPage()
    {
        _page = [];
        _pages.Add(_page);
        _y = Top;
        _repeatHeader?.Invoke();
    }

    private void Ensure(double height)
    {
        if (height > Remaining && !AtTop)
        {
            NewPage();
        }
    }

    private List<string> Lines(string text, TextStyle style, double width) => Wrap(_measure, text, _fonts[style], width);

    private void Text(string text, TextStyle style, double x, double y, bool artifact = false)
    {
        if (text.Length > 0)
        {
            _page.Add(new LayoutOp(artifact ? LayoutOpKind.ArtifactText : LayoutOpKind.Text, X: x, Y: y, Text: text, Style: style));
        }
    }

    private void Heading(DocumentHeading heading)
    {
        var style = heading.Level switch { 1 => TextStyle.Heading1, 2 => TextStyle.Heading2, _ => TextStyle.Heading3 };
        var lines = Lines(heading.Text, style, Width);
        var lineHeight = _fonts.LineHeight(style);
        var before = AtTop ? 0 : heading.Level switch { 1 => 18, 2 => 14, _ => 9 };

        // A heading stays with at least two lines of what follows it.
        Ensure(before + (lines.Count * lineHeight) + (2 * _fonts.LineHeight(TextStyle.Body)));
        _y += AtTop ? 0 : before;
        _page.Add(LayoutOp.Begin($"H{heading.Level}"));
        foreach (var line in lines)
        {
            Ensure(lineHeight);
            Text(line, style, Left, _y);
            _y += lineHeight;
        }

        _page.Add(LayoutOp.End());
        _y += 4;
    }

    private void Paragraph(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var lineHeight = _fonts.LineHeight(TextStyle.Body);
        Ensure(lineHeight);
        _page.Add(LayoutOp.Begin("P"));
        foreach (var line in Lines(text, TextStyle.Body, Width))
        {
            Ensure(lineHeight);
            Text(line, TextStyle.Body, Left, _y);
            _y += lineHeight;
        }

        _page.Add(LayoutOp.End());
        _y += BlockGap;
    }

    private void List(DocumentList list)
    {
        if (list.Items.Count == 0)
        {
            return;
        }

        var lineHeight = _fonts.LineHeight(TextStyle.Body);
        Ensure(lineHeight);
        _page.Add(LayoutOp.Begin("L"));
        foreach (var item in list.Items)
        {
            Ensure(lineHeight);
            _page.Add(LayoutOp.Begin("LI"));
            _page.Add(LayoutOp.Begin("Lbl"));
            Text("•", TextStyle.Body, Left + 3, _y);
            _page.Add(LayoutOp.End());
            _page.Add(LayoutOp.Begin("LBody"));
            var first = true;
            foreach (var line in Lines(item, TextStyle.Body, Width - ListIndent))
            {
                if (!first)
                {
                    Ensure(lineHeight);
                }

                Text(line, TextStyle.Body, Left + ListIndent, _y);
                _y += lineHeight;
                first = false;
            }

            _page.Add(LayoutOp.End());
            _page.Add(LayoutOp.End());
            _y += 2;
        }

        _page.Add(LayoutOp.End());
        _y += BlockGap - 2;
    }

    private void Facts(DocumentFacts facts)
    {
        if (facts.Facts.Count == 0)
        {
            return;
        }

        var labelWidth = Math.Min(
            facts.Facts.Max(f => _measure.MeasureString(f.Label, _fonts[TextStyle.Strong]).Width) + (2 * CellPadding) + 2,
            Width * 0.4);
        double[] widths = [labelWidth, Width - labelWidth];
        _page.Add(LayoutOp.Begin("Table"));
        foreach (var fact in facts.Facts)
        {
            Row([fact.Label, fact.Value], widths, header: false, rowHeaderFirst: true, endAligned: null);
        }

        _page.Add(LayoutOp.End());
        _y += BlockGap;
    }

    private void Table(DocumentTable table)
    {
        var columns = table.Headers.Count;
        if (columns == 0)
        {
            return;
        }

        var widths = ColumnWidths(table);
        var lineHeight = _fonts.LineHeight(TextStyle.Body);
        var captionLines = table.Caption is { Length: > 0 } caption ? Lines(caption, TextStyle.Strong, Width) : [];

        // The caption, the header row and a first row start on the same page.
        Ensure(((captionLines.Count + 2) * lineHeight) + (4 * CellPadding));
        _page.Add(LayoutOp.Begin("Table"));
        if (captionLines.Count > 0)
        {
            _page.Add(LayoutOp.Begin("Caption"));
            _page.Add(LayoutOp.Begin("P"));
            foreach (var line in captionLines)
            {
                Text(line, TextStyle.Strong, Left, _y);
                _y += lineHeight;
            }

            _page.Add(LayoutOp.End());
            _page.Add(LayoutOp.End());
            _y += 2;
        }

        _page.Add(LayoutOp.Begin("THead"));
        Row(table.Headers, widths, header: true, rowHeaderFirst: false, table.EndAlignedColumns);
        _page.Add(LayoutOp.End());
        _page.Add(LayoutOp.Begin("TBody"));
        _repeatHeader = () => HeaderArtifact(table.Headers, widths, table.EndAlignedColumns);
        foreach (var row in table.Rows)
        {
            Row([.. Enumerable.Range(0, columns).Select(i => i < row.Count ? row[i] : "")], widths, header: false, rowHeaderFirst: false, table.EndAlignedColumns);
        }

        _repeatHeader = null;
        _page.Add(LayoutOp.End());
        _page.Add(LayoutOp.End());
        _y += BlockGap;
    }

    /// <summary>
    /// One table row (TR with TH or TD cells). A row that does not fit the rest of the page starts on the next one; a
    /// row taller than a whole page is split into rows that continue its cells' text.
    /// </summary>
    private void Row(IReadOnlyList<string> cells, double[] widths, bool header, bool rowHeaderFirst, IReadOnlySet<int>? endAligned)
    {
        var styles = cells.Select((_, i) => header || (rowHeaderFirst && i == 0) ? TextStyle.Strong : TextStyle.Body).ToArray();
        var lines = cells.Select((c, i) => Lines(c, styles[i], widths[i] - (2 * CellPadding))).ToArray();
        var lineHeight = _fonts.LineHeight(TextStyle.Body);
        var offset = 0;
        var total = lines.Max(l => l.Count);
        while (offset < total)
        {
            var fits = (int)Math.Floor((Remaining - (2 * CellPadding)) / lineHeight);
            var wholeFitsOnNewPage = ((total - offset) * lineHeight) + (2 * CellPadding) <= Bottom - Top - HeaderHeight();
            if (fits < 1 || (fits < total - offset && wholeFitsOnNewPage && !AtTop))
            {
                NewPage();
                continue;
            }

            var take = Math.Min(fits, total - offset);
            var rowTop = _y;
            var rowHeight = (take * lineHeight) + (2 * CellPadding);
            if (header)
            {
                _page.Add(new LayoutOp(LayoutOpKind.Fill, X: Left, Y: rowTop, Width: Width, Height: rowHeight));
            }

            _page.Add(LayoutOp.Begin("TR"));
            var x = Left;
            for (var i = 0; i < cells.Count; i++)
            {
                var tag = header ? "TH:Column" : rowHeaderFirst && i == 0 ? "TH:Row" : "TD";
                _page.Add(LayoutOp.Begin(tag));
                var y = rowTop + CellPadding;
                foreach (var line in lines[i].Skip(offset).Take(take))
                {
                    Text(line, styles[i], CellX(line, styles[i], x, widths[i], endAligned?.Contains(i) == true), y);
                    y += lineHeight;
                }

                _page.Add(LayoutOp.End());
                x += widths[i];
            }

            _page.Add(LayoutOp.End());
            _y = rowTop + rowHeight;
            _page.Add(new LayoutOp(LayoutOpKind.Rule, X: Left, Y: _y, Width: Width, Height: header ? 1 : 0.5));
            offset += take;
        }
    }

    /// <summary>The header row again at the top of a page a table continues on; the tagged header is the first one.</summary>
    private void HeaderArtifact(IReadOnlyList<string> headers, double[] widths, IReadOnlySet<int> endAligned)
    {
        var lines = headers.Select((h, i) => Lines(h, TextStyle.Strong, widths[i] - (2 * CellPadding))).ToArray();
        var lineHeight = _fonts.LineHeight(TextStyle.Body);
        var height = (lines.Max(l => l.Count) * lineHeight) + (2 * CellPadding);
        _page.Add(new LayoutOp(LayoutOpKind.Fill, X: Left, Y: _y, Width: Width, Height: height));
        var x = Left;
        for (var i = 0; i < headers.Count; i++)
        {
            var y = _y + CellPadding;
            foreach (var line in lines[i])
            {
                Text(line, TextStyle.Strong, CellX(line, TextStyle.Strong, x, widths[i], endAligned.Contains(i)), y, artifact: true);
                y += lineHeight;
            }

            x += widths[i];
        }

        _y += height;
        _page.Add(new LayoutOp(LayoutOpKind.Rule, X: Left, Y: _y, Width: Width, Height: 1));
    }

    private double HeaderHeight() => _repeatHeader is null ? 0 : _fonts.LineHeight(TextStyle.Body) * 3;

    private double CellX(string text, TextStyle style, double x, double width, bool endAligned) =>
        endAligned ? x + width - CellPadding - _measure.MeasureString(text, _fonts[style]).Width : x + CellPadding;

    /// <summary>
    /// Column widths from the widest one-line content of each column: all of it when the table fits, otherwise narrow
    /// columns keep their width and the wide ones share the rest in proportion.
    /// </summary>
    private double[] ColumnWidths(DocumentTable table)
    {
        var columns = table.Headers.Count;
        var natural = new double[columns];
        for (var i = 0; i < columns; i++)
        {
            var widest = _measure.MeasureString(table.Headers[i], _fonts[TextStyle.Strong]).Width;
            foreach (var row in table.Rows)
            {
                if (i < row.Count)
                {
                    widest = Math.Max(widest, _measure.MeasureString(row[i], _fonts[TextStyle.Body]).Width);
                }
            }

            natural[i] = widest + (2 * CellPadding) + 1;
        }

        var sum = natural.Sum();
        if (sum <= Width)
        {
            return [.. natural.Select(n => n * Width / sum)];
        }

        var widths = new double[columns];
        var open = Enumerable.Range(0, columns).ToHashSet();
        var left = Width;
        bool changed;
        do
        {
            changed = false;
            var fair = left / open.Count;
            foreach (var i in open.Where(i => natural[i] <= fair).ToList())
            {
                widths[i] = natural[i];
                left -= natural[i];
                open.Remove(i);
                changed = true;
            }
        }
        while (changed && open.Count > 0);

        var openSum = open.Sum(i => natural[i]);
        foreach (var i in open)
        {
            widths[i] = left * natural[i] / openSum;
        }

        return widths;
    }
}
