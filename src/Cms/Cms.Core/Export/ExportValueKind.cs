namespace Cms.Core.Export;

/// <summary>What a column holds, so each format writes it as a value of that kind (an XLSX number, not text that looks like one).</summary>
public enum ExportValueKind
{
    Text,

    /// <summary>A whole or decimal number (<see cref="int"/>, <see cref="long"/>, <see cref="decimal"/>).</summary>
    Number,

    /// <summary>An amount in kroner (<see cref="decimal"/>), shown as 59.800,00 kr.</summary>
    Amount,

    /// <summary>A day (<see cref="DateOnly"/>), shown as 25.11.2026.</summary>
    Date,

    /// <summary>A local date and time in the site's time zone (<see cref="DateTime"/>), shown as 25.11.2026 14:30.</summary>
    DateTime,
}
