namespace Cms.Core.Export;

public enum ExportFormat
{
    Csv,
    Xlsx,
}
