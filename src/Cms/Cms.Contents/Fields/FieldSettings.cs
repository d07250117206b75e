namespace Cms.Contents.Fields;

/// <summary>Names of the field types, as they appear in definitions (<c>FieldName</c>).</summary>
public static class FieldTypes
{
    public const string Text = "TextField";
    public const string Html = "HtmlField";
    public const string Markdown = "MarkdownField";
    public const string Numeric = "NumericField";
    public const string Boolean = "BooleanField";
    public const string Date = "DateField";
    public const string DateTime = "DateTimeField";
    public const string Time = "TimeField";
    public const string Link = "LinkField";
    public const string Email = "EmailField";
    public const string Choice = "ChoiceField";
    public const string ContentPicker = "ContentPickerField";

    public static readonly IReadOnlyList<string> All = [Text, Html, Markdown, Numeric, Boolean, Date, DateTime, Time, Link, Email, Choice, ContentPicker];
}

// Settings groups, named and shaped as Orchard names them (e.g. "TextFieldSettings") so exports match.
// Values in the item's JSON: TextField {"Text"}, HtmlField {"Html"}, MarkdownField {"Markdown"},
// NumericField {"Value": number}, BooleanField {"Value": bool}, DateField {"Value": "yyyy-MM-dd"},
// DateTimeField {"Value": ISO 8601 UTC}, TimeField {"Value": "HH:mm"}, LinkField {"Url", "Text"},
// EmailField {"Email"}, ChoiceField {"Values": [..]}, ContentPickerField {"ContentItemIds": [..]}.

/// <summary>TextField: single line (editor "Standard") or several lines (editor "TextArea").</summary>
public sealed class TextFieldSettings
{
    public string? Hint { get; set; }

    public bool Required { get; set; }

    public int? MaxLength { get; set; }

    public string? DefaultValue { get; set; }
}

public sealed class HtmlFieldSettings
{
    public string? Hint { get; set; }

    public bool Required { get; set; }

    /// <summary>Always on here; kept for Orchard compatibility (an import cannot switch sanitizing off).</summary>
    public bool SanitizeHtml { get; set; } = true;
}

public sealed class MarkdownFieldSettings
{
    public string? Hint { get; set; }

    public bool Required { get; set; }
}

public sealed class NumericFieldSettings
{
    public string? Hint { get; set; }

    public bool Required { get; set; }

    /// <summary>Digits after the decimal point; 0 for whole numbers.</summary>
    public int Scale { get; set; }

    /// <summary>Whether numbers are shown with a thousands separator (1.234); off for years and other codes (2018).</summary>
    public bool ThousandsSeparator { get; set; } = true;

    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }

    public string? Placeholder { get; set; }

    public string? DefaultValue { get; set; }
}

public sealed class BooleanFieldSettings
{
    public string? Hint { get; set; }

    /// <summary>Text next to the checkbox; the field's display name when empty.</summary>
    public string? Label { get; set; }

    public bool DefaultValue { get; set; }
}

public sealed class DateFieldSettings
{
    public string? Hint { get; set; }

    public bool Required { get; set; }
}

public sealed class DateTimeFieldSettings
{
    public string? Hint { get; set; }

    public bool Required { get; set; }
}

public sealed class TimeFieldSettings
{
    public string? Hint { get; set; }

    public bool Required { get; set; }
}

public sealed class LinkFieldSettings
{
    public string? Hint { get; set; }

    public bool Required { get; set; }

    /// <summary>Whether the link text must be given.</summary>
    public bool RequireText { get; set; }

    public string? DefaultUrl { get; set; }

    public string? DefaultText { get; set; }
}

public sealed class EmailFieldSettings
{
    public string? Hint { get; set; }

    public bool Required { get; set; }
}

/// <summary>One choice of a <see cref="ChoiceFieldSettings"/> list: what is shown and what is stored.</summary>
public sealed class ChoiceOption
{
    public string Name { get; set; } = "";

    public string Value { get; set; } = "";
}

public sealed class ChoiceFieldSettings
{
    public string? Hint { get; set; }

    public bool Required { get; set; }

    /// <summary>Several options may be chosen (checkboxes) instead of one (radio buttons or a list).</summary>
    public bool Multiple { get; set; }

    public List<ChoiceOption> Options { get; set; } = [];

    public string? DefaultValue { get; set; }
}

public sealed class ContentPickerFieldSettings
{
    public string? Hint { get; set; }

    public bool Required { get; set; }

    public bool Multiple { get; set; }

    public bool DisplayAllContentTypes { get; set; }

    /// <summary>Types that may be picked when <see cref="DisplayAllContentTypes"/> is off.</summary>
    public List<string> DisplayedContentTypes { get; set; } = [];
}
