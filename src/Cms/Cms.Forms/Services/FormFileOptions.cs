namespace Cms.Forms.Services;

/// <summary>Settings of the form file folder (<c>Forms:Files</c>).</summary>
public sealed class FormFileOptions
{
    /// <summary>Folder of the uploaded files; relative paths are under the content root. Default <c>App_Data/form-files</c>.</summary>
    public string Root { get; set; } = Path.Combine("App_Data", "form-files");
}
