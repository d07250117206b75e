using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Events;
using Cms.Core.Localization;
using Cms.Forms.Data;
using Cms.Forms.Editors;
using Cms.Forms.Events;
using Cms.Forms.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cms.Forms.Services;

/// <summary>
/// Stores a valid submission: the item (status "received", owned by nobody), its reference number, its index row
/// and the claim on its uploaded files commit together, before anything else happens; then <see cref="FormSubmitted"/>
/// is published for the modules that act on it (workflows, mail). The receipt's token is returned once and only its
/// hash is kept.
/// </summary>
public sealed partial class FormSubmissionService(
    LtkDbContext db,
    ContentManager contents,
    ReferenceNumbers references,
    FormDraftService drafts,
    IEventPublisher events,
    SiteTimeZone siteTime,
    TimeProvider clock,
    ILogger<FormSubmissionService> logger)
{
    public const string DefaultPrefix = "LTK";

    /// <summary>Stores the submission; sent from a saved draft (<paramref name="draftId"/>), the draft goes with the same commit.</summary>
    public async Task<FormReceipt> SubmitAsync(FormDescriptor form, ContentItem item, string culture, string? draftId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = FormTokens.New();
        string reference;
        await using (var unit = await db.BeginUnitOfWorkAsync(cancellationToken))
        {
            var prefix = string.IsNullOrWhiteSpace(form.Settings.ReferencePrefix) ? DefaultPrefix : form.Settings.ReferencePrefix.Trim();
            reference = await references.NextAsync(prefix, siteTime.ToLocal(now).Year, cancellationToken);
            item.Alter<FormSubmissionPart>(FormSubmissionPart.PartName, p =>
            {
                p.Reference = reference;
                p.Status = FormSubmissionPart.Received;
                p.SubmittedUtc = now;
                p.Culture = culture;
            });
            // Staff find a submission by its reference in the content list; a title on the form comes first, then the
            // answer the form names as its title (a message's subject), then the type's name.
            var named = TitleAnswer(form, item) is { } answer ? $"{reference} {answer}" : $"{reference} {form.Type.DisplayName}";
            if (form.Type.HasPart(PartNames.Title) && string.IsNullOrWhiteSpace(item.As<TitlePart>().Title))
            {
                item.Alter<TitlePart>(p => p.Title = named);
            }
            else if (string.IsNullOrWhiteSpace(item.DisplayText))
            {
                item.DisplayText = named;
            }

            var stored = await contents.CreateAsync(item, publish: false, cancellationToken);
            db.Set<FormSubmissionRecord>().Add(new FormSubmissionRecord
            {
                ContentItemId = stored.ContentItemId,
                ContentType = stored.ContentType,
                Reference = reference,
                ReceiptTokenHash = FormTokens.Hash(token),
                Culture = culture,
                SubmittedUtc = now,
            });
            var fileIds = form.Elements.Where(e => e.Field?.FieldName == FileFieldDriver.Type)
                .Select(e => item.FileField(e.PartName, e.Field!.Name).FileId)
                .OfType<string>()
                .ToList();
            if (fileIds.Count > 0)
            {
                foreach (var file in await db.Set<FormFileRecord>().Where(f => fileIds.Contains(f.FileId) && f.ContentItemId == null).ToListAsync(cancellationToken))
                {
                    file.ContentItemId = stored.ContentItemId;
                }
            }

            if (draftId is not null)
            {
                await drafts.ForgetAsync(draftId, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await unit.CommitAsync(cancellationToken);
        }

        try
        {
            await events.PublishAsync(new FormSubmitted(item.ContentItemId, item.ContentType, reference, culture, form.ReceiptUrl(token)), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The submission is stored: the citizen gets the receipt, the staff the log entry to act on.
            LogEventFailed(logger, ex, reference);
        }

        return new FormReceipt(item.ContentItemId, reference, token);
    }

    /// <summary>The submission a receipt token belongs to, or null.</summary>
    public Task<FormSubmissionRecord?> FindByTokenAsync(string token, CancellationToken cancellationToken)
    {
        if (!FormTokens.IsPlausible(token))
        {
            return Task.FromResult<FormSubmissionRecord?>(null);
        }

        var hash = FormTokens.Hash(token);
        return db.Set<FormSubmissionRecord>().AsNoTracking().FirstOrDefaultAsync(s => s.ReceiptTokenHash == hash, cancellationToken);
    }

    /// <summary>The text answer of the form's <see cref="FormSettings.TitleField"/>, shortened to a line.</summary>
    private static string? TitleAnswer(FormDescriptor form, ContentItem item)
    {
        if (form.Settings.TitleField is not { Length: > 0 } field
            || item.TryGetPart(form.Type.Name)?[field]?["Text"]?.GetValue<string>()?.Trim() is not { Length: > 0 } text)
        {
            return null;
        }

        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 120 ? text : text[..119] + "…";
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Submission {Reference} is stored, but a handler of its FormSubmitted event failed")]
    private static partial void LogEventFailed(ILogger logger, Exception exception, string reference);
}
