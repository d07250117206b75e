using Cms.Contents.Fields;
using Cms.Forms.Models;

namespace Cms.Forms.Editors;

/// <summary>
/// FileField in the admin: the uploaded file's name and size, linked to the permission-checked download. The file
/// comes from the public form; the admin editor does not replace it.
/// </summary>
public sealed class FileFieldDriver : ContentFieldDriver<FileField>
{
    public const string Type = nameof(FileField);

    public override string EditorView => "~/Areas/Admin/Views/Content/Fields/FileField.cshtml";

    public override ValueTask UpdateAsync(FileField field, FieldContext context, CancellationToken cancellationToken) => default;

    public override ValueTask<ContentDisplay?> DisplayAsync(FileField field, FieldContext context, CancellationToken cancellationToken) =>
        new(field.FileName is { Length: > 0 } name ? ContentDisplay.FromText($"{name} ({FileFormElementEditor.Size(field.Length ?? 0)})") : ContentDisplay.Empty);

    /// <summary>The staff's download address of a stored file.</summary>
    public static string DownloadUrl(string fileId) => $"/admin/forms/files/{fileId}";
}
