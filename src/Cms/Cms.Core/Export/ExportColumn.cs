namespace Cms.Core.Export;

/// <summary>A column of an exported list: its heading (in the reader's language) and the kind of its values.</summary>
public sealed record ExportColumn(string Header, ExportValueKind Kind = ExportValueKind.Text, double? Width = null);
