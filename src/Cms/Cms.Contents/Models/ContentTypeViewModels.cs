namespace Cms.Contents.Models;

/// <summary>One row of the content type list.</summary>
public sealed record ContentTypeListItem(string Name, string DisplayName, IReadOnlyList<string> Parts, int ItemCount);

/// <summary>A type (or part) name with the name people see, for choice lists.</summary>
public sealed record ContentTypeChoice(string Name, string DisplayName);

public sealed class ContentTypeCreateViewModel
{
    public string DisplayName { get; set; } = "";

    /// <summary>Technical name; suggested from the display name when left empty.</summary>
    public string? Name { get; set; }
}

public sealed class ContentTypeEditViewModel
{
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string? Description { get; set; }

    public bool Creatable { get; set; }

    public bool Listable { get; set; }

    public bool Draftable { get; set; }

    public bool Versionable { get; set; }

    public bool Securable { get; set; }

    public List<ContentTypePartRow> Parts { get; set; } = [];

    public List<ContentTypeFieldRow> Fields { get; set; } = [];

    public IReadOnlyList<string> AddableParts { get; set; } = [];

    public int ItemCount { get; set; }
}

public sealed class ContentTypePartRow
{
    public string Name { get; set; } = "";

    public string? Position { get; set; }

    public bool HasSettings { get; set; }
}

public sealed class ContentTypeFieldRow
{
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string FieldType { get; set; } = "";

    public string? Position { get; set; }
}

/// <summary>The settings of one part in one type; which inputs show depends on the part.</summary>
public sealed record ContentTypePartSettingsViewModel(string PartName, string View, IReadOnlyList<string> Inputs, Cms.Contents.Parts.PartSettingsEditor Editor);

/// <summary>Adds a field to a type's own part, or changes one; inputs show only for settings the field type has.</summary>
public sealed class ContentTypeFieldViewModel
{
    public string TypeName { get; set; } = "";

    public string TypeDisplayName { get; set; } = "";

    public bool IsNew { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>Not "Name": a route value of that name (the type's) would bind to it when the form leaves it empty.</summary>
    public string? TechnicalName { get; set; }

    public string FieldType { get; set; } = "";

    public string? Editor { get; set; }

    public string? Hint { get; set; }

    public string? Position { get; set; }

    public bool Required { get; set; }

    public string? MaxLength { get; set; }

    public string? Minimum { get; set; }

    public string? Maximum { get; set; }

    public string? Scale { get; set; }

    /// <summary>Number fields: 1.234 rather than 1234 (off for years).</summary>
    public bool ThousandsSeparator { get; set; } = true;

    /// <summary>Choice options, one a line: <c>Name|value</c> or just <c>value</c>.</summary>
    public string? Options { get; set; }

    public bool Multiple { get; set; }

    public List<string> ContentTypes { get; set; } = [];

    public IReadOnlySet<string> Supported { get; set; } = new HashSet<string>();

    public IReadOnlyList<ContentTypeChoice> AvailableTypes { get; set; } = [];

    public bool Supports(string setting) => Supported.Contains(setting);
}

public sealed class ContentTypeDeleteViewModel
{
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public int ItemCount { get; set; }
}
