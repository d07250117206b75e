using System.Globalization;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Contents.Services;

namespace LtkSite.Tests.Modules;

/// <summary>RatingPart: <c>{"Stars": 4}</c>, from 1 to the type's MaxStars.</summary>
public sealed class RatingPartDriver : IContentPartDriver
{
    public const string Name = "RatingPart";

    public string PartName => Name;

    public string EditorView => "~/Views/TestExtensions/RatingPart.cshtml";

    public void WriteInputs(ContentItem item, PartContext part, ContentEditorForm form) =>
        form.Set(part.Name("Stars"), item.TryGetPart(part.Prefix)?["Stars"]?.ToString() ?? "");

    public Task UpdateAsync(ContentItem item, PartContext part, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var max = part.Settings<RatingPartSettings>().MaxStars;
        if (!int.TryParse(form.Get(part.Name("Stars")), NumberStyles.Integer, CultureInfo.InvariantCulture, out var stars) || stars < 1 || stars > max)
        {
            form.AddError(part.Name("Stars"), $"Give from 1 to {max} stars.");
            return Task.CompletedTask;
        }

        item.Part(part.Prefix)["Stars"] = stars;
        return Task.CompletedTask;
    }
}
