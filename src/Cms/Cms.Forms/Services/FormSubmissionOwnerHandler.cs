using Cms.Contents.Handlers;
using Cms.Forms.Models;

namespace Cms.Forms.Services;

/// <summary>A citizen's submission belongs to no user: the content manager would name whoever is signed in (or "system").</summary>
public sealed class FormSubmissionOwnerHandler : ContentHandlerBase
{
    public override Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken)
    {
        if (context.Item.Number == 1 && context.Previous is null && context.Item.TryGetPart(FormSubmissionPart.PartName) is not null)
        {
            context.Item.Owner = "";
        }

        return Task.CompletedTask;
    }
}
