using System.Globalization;
using Cms.Contents.Fields;
using Cms.Contents.Parts;

namespace LtkSite.Tests.Modules;

/// <summary>RatingPart: from 1 to the type's MaxStars, shown as "4 of 5 stars".</summary>
public sealed class RatingPartDriver : ContentPartDriver<RatingPart>
{
    public const string Name = nameof(RatingPart);

    public override string EditorView => "~/Views/TestExtensions/RatingPart.cshtml";

    public override ValueTask<object?> EditAsync(RatingPart part, PartContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Stars", part.Stars?.ToString(CultureInfo.InvariantCulture) ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(RatingPart part, PartContext context, CancellationToken cancellationToken)
    {
        var max = context.Settings<RatingPartSettings>().MaxStars;
        if (!int.TryParse(context.Input("Stars"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var stars) || stars < 1 || stars > max)
        {
            context.AddError("Stars", $"Give from 1 to {max} stars.");
            return default;
        }

        part.Stars = stars;
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(RatingPart part, PartContext context, CancellationToken cancellationToken) =>
        new(part.Stars is { } stars ? ContentDisplay.FromText($"{stars} of {context.Settings<RatingPartSettings>().MaxStars} stars") : null);
}
