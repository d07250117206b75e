using System.Globalization;
using Cms.Contents.Metadata;
using Cms.Contents.Fields.Settings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

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

    /// <summary>The posted form as a change for <see cref="ContentDefinitionService.UpdateTypeAsync"/>; positions keep their input names for errors.</summary>
    public ContentTypeChange ToChange() => new(
        DisplayName, Description, Creatable, Listable, Draftable, Versionable, Securable,
        Parts.Select((p, i) => new PositionInput($"Parts[{i}].Position", p.Name, p.Position)).ToList(),
        Fields.Select((f, i) => new PositionInput($"Fields[{i}].Position", f.Name, f.Position)).ToList());

    /// <summary>
    /// Fills the rows from the stored definition, and the settings too when <paramref name="fromStored"/>; otherwise
    /// the typed values stay, positions included, so a form that comes back with errors loses nothing.
    /// </summary>
    public ContentTypeEditViewModel Fill(ContentDefinition definition, ContentTypeDefinition type, bool fromStored, IReadOnlyList<string> addableParts, Func<string, bool> hasSettings, int itemCount)
    {
        if (fromStored)
        {
            var settings = type.TypeSettings;
            DisplayName = type.DisplayName;
            Description = settings.Description;
            Creatable = settings.Creatable;
            Listable = settings.Listable;
            Draftable = settings.Draftable;
            Versionable = settings.Versionable;
            Securable = settings.Securable;
        }

        Name = type.Name;
        var typedParts = fromStored ? [] : Typed(Parts.Select(p => ((string?)p.Name, p.Position)));
        Parts = type.OrderedParts.Select(p => new ContentTypePartRow
        {
            Name = p.Name,
            Position = typedParts.TryGetValue(p.Name, out var typed) ? typed : p.PartSettings.Position.ToString(CultureInfo.InvariantCulture),
            HasSettings = hasSettings(p.PartName),
        }).ToList();
        var typedFields = fromStored ? [] : Typed(Fields.Select(f => ((string?)f.Name, f.Position)));
        Fields = (definition.FindPart(type.Name)?.OrderedFields ?? []).Select(f => new ContentTypeFieldRow
        {
            Name = f.Name,
            DisplayName = f.DisplayName,
            FieldType = f.FieldName,
            Position = typedFields.TryGetValue(f.Name, out var typed) ? typed : f.FieldSettings.Position.ToString(CultureInfo.InvariantCulture),
        }).ToList();
        AddableParts = addableParts;
        ItemCount = itemCount;
        return this;
    }

    private static Dictionary<string, string?> Typed(IEnumerable<(string? Name, string? Position)> rows) =>
        rows.Where(r => r.Name is not null).GroupBy(r => r.Name!).ToDictionary(g => g.Key, g => g.First().Position, StringComparer.Ordinal);
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

/// <summary>The first step of adding a field: its names and its type (the second step is the field's settings page).</summary>
public sealed class ContentTypeAddFieldViewModel
{
    [BindNever]
    public string TypeName { get; set; } = "";

    [BindNever]
    public string TypeDisplayName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>Not "Name": a route value of that name (the type's) would bind to it when the form leaves it empty.</summary>
    public string? TechnicalName { get; set; }

    public string FieldType { get; set; } = "";

    [BindNever]
    public IReadOnlyList<string> FieldTypes { get; set; } = [];
}

/// <summary>
/// A field's settings page: the settings every field has, then the field type's own settings editor
/// (<see cref="Editor"/>, none when the type has only the common settings).
/// </summary>
public sealed class ContentTypeFieldViewModel
{
    [BindNever]
    public string TypeName { get; set; } = "";

    [BindNever]
    public string TypeDisplayName { get; set; } = "";

    [BindNever]
    public string TechnicalName { get; set; } = "";

    [BindNever]
    public string FieldType { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string? Hint { get; set; }

    public bool Required { get; set; }

    public string? Position { get; set; }

    [BindNever]
    public bool HasRequired { get; set; } = true;

    [BindNever]
    public string? EditorView { get; set; }

    [BindNever]
    public IReadOnlyList<string> EditorInputs { get; set; } = [];

    [BindNever]
    public FieldSettingsEditor? Editor { get; set; }

    /// <summary>The inputs in the form's order, for the error summary.</summary>
    public IReadOnlyList<string> Inputs => [nameof(DisplayName), nameof(Hint), nameof(Position), .. EditorInputs];

    /// <summary>Adds what the page shows besides the inputs: the field, and its type's settings editor with <paramref name="settings"/>.</summary>
    public ContentTypeFieldViewModel With(IContentFieldSettingsEditor? editor, object? settings, ContentDefinition definition, ContentTypeDefinition type, ContentPartFieldDefinition field)
    {
        TypeName = type.Name;
        TypeDisplayName = type.DisplayName;
        TechnicalName = field.Name;
        FieldType = field.FieldName;
        HasRequired = editor?.HasRequired ?? true;
        EditorView = editor?.View;
        EditorInputs = editor?.Inputs ?? [];
        Editor = editor is null || settings is null ? null : new FieldSettingsEditor(settings, type, field, definition);
        return this;
    }
}

public sealed class ContentTypeDeleteViewModel
{
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public int ItemCount { get; set; }
}
