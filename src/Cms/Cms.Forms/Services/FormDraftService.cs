using System.Net.Mail;
using System.Security.Cryptography;
using System.Text.Json;
using Cms.Core.Data;
using Cms.Forms.Data;
using Cms.Forms.Editors;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Cms.Forms.Services;

/// <summary>
/// Saves a form unfinished and opens it again by its private link (docs/decisions/0044): the answers are sealed for the
/// draft alone, the files stay the draft's, a new link is mailed through <see cref="IFormDraftLinkSender"/> in the same save,
/// and only the link token's hash is kept. A draft lives <see cref="Lifetime"/> after its last save.
/// </summary>
public sealed class FormDraftService(LtkDbContext db, IDataProtectionProvider protection, TimeProvider clock, IEnumerable<IFormDraftLinkSender> senders)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private readonly IFormDraftLinkSender? _sender = senders.LastOrDefault();

    /// <summary>Whether the form offers "save and continue later": its settings allow it and a link can be mailed.</summary>
    public bool CanSave(FormDescriptor form) => form.Settings.AllowSaveDraft && _sender is not null;

    /// <summary>
    /// Stores the state as the draft it names (a new one when it names none, or one that is gone). A new draft, or an address
    /// given, gets a new link mailed there (the old link stops working); saving again without one sends nothing.
    /// </summary>
    public async Task<FormDraftSaved> SaveAsync(FormDescriptor form, FormState state, string culture, string? email, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = state.DraftId is { Length: > 0 } id
            ? await db.Set<FormDraftRecord>().FirstOrDefaultAsync(d => d.Id == id && d.ContentType == form.Type.Name && d.ExpiresUtc > now, cancellationToken)
            : null;
        if (draft is null)
        {
            if (string.IsNullOrWhiteSpace(email))
            {
                throw new InvalidOperationException("A new draft needs an address to mail its link to.");
            }

            draft = new FormDraftRecord { Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), ContentType = form.Type.Name, CreatedUtc = now };
            db.Set<FormDraftRecord>().Add(draft);
        }

        draft.Step = state.Step;
        draft.Culture = culture;
        draft.SavedUtc = now;
        draft.ExpiresUtc = now + Lifetime;
        draft.SealedAnswers = Protector(draft.Id).Protect(JsonSerializer.Serialize(state.Answers));
        await ClaimFilesAsync(form, state.Answers, draft.Id, cancellationToken);

        string? masked = null;
        if (!string.IsNullOrWhiteSpace(email))
        {
            var token = FormTokens.New();
            draft.TokenHash = FormTokens.Hash(token);
            await _sender!.SendAsync(new FormDraftLink($"form-draft:{draft.Id}:{draft.TokenHash[..16]}", email.Trim(), form.Title, form.ContinueUrl(token), draft.ExpiresUtc), cancellationToken);
            masked = Mask(email.Trim());
        }

        await db.SaveChangesAsync(cancellationToken);
        state.DraftId = draft.Id;
        state.DraftSavedUtc = now;
        return new FormDraftSaved(draft.Id, now, draft.ExpiresUtc, masked is not null, masked);
    }

    /// <summary>The saved state a link opens, or null when the token is unknown, expired, sent already or for another form.</summary>
    public async Task<FormState?> OpenAsync(string token, string contentType, CancellationToken cancellationToken)
    {
        if (!FormTokens.IsPlausible(token))
        {
            return null;
        }

        var hash = FormTokens.Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = await db.Set<FormDraftRecord>().AsNoTracking()
            .FirstOrDefaultAsync(d => d.TokenHash == hash && d.ContentType == contentType && d.ExpiresUtc > now, cancellationToken);
        if (draft is null)
        {
            return null;
        }

        try
        {
            var answers = JsonSerializer.Deserialize<FormAnswers>(Protector(draft.Id).Unprotect(draft.SealedAnswers));
            return answers is null ? null : new FormState { ContentType = contentType, Step = draft.Step, Answers = answers, DraftId = draft.Id, DraftSavedUtc = draft.SavedUtc };
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException)
        {
            // Keys lost or the row altered: the link opens nothing rather than a broken form.
            return null;
        }
    }

    /// <summary>
    /// In the submission's unit of work: the draft goes (its link stops working) and its files the item did not take are
    /// left to the sweep of unclaimed files.
    /// </summary>
    public async Task ForgetAsync(string draftId, CancellationToken cancellationToken)
    {
        if (await db.Set<FormDraftRecord>().FirstOrDefaultAsync(d => d.Id == draftId, cancellationToken) is { } draft)
        {
            db.Set<FormDraftRecord>().Remove(draft);
        }

        foreach (var file in await db.Set<FormFileRecord>().Where(f => f.DraftId == draftId).ToListAsync(cancellationToken))
        {
            file.DraftId = null;
        }
    }

    /// <summary>Whether the draft a sealed state names is still there to be saved again.</summary>
    public Task<bool> ExistsAsync(string draftId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<FormDraftRecord>().AnyAsync(d => d.Id == draftId && d.ExpiresUtc > now, cancellationToken);
    }

    /// <summary>An address the link can go to: the e-mail field's own rule.</summary>
    public static bool IsAddress(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal);

    /// <summary><c>fatima@example.dk</c> as <c>f…@example.dk</c>: enough to recognise, not the address in full on the page.</summary>
    public static string Mask(string address)
    {
        var at = address.LastIndexOf('@');
        return at <= 0 ? "…" : address[0] + "…" + address[at..];
    }

    private async Task ClaimFilesAsync(FormDescriptor form, FormAnswers answers, string draftId, CancellationToken cancellationToken)
    {
        var fileIds = form.Elements.Where(e => e.Field?.FieldName == FileFieldDriver.Type)
            .Select(e => answers.Get(e.Name("FileId")))
            .Where(id => id.Length > 0)
            .ToList();
        if (fileIds.Count == 0)
        {
            return;
        }

        foreach (var file in await db.Set<FormFileRecord>().Where(f => fileIds.Contains(f.FileId) && f.ContentItemId == null && (f.DraftId == null || f.DraftId == draftId)).ToListAsync(cancellationToken))
        {
            file.DraftId = draftId;
        }
    }

    // The draft's id in the purpose: a sealed answer set copied into another row does not open there.
    private IDataProtector Protector(string draftId) => protection.CreateProtector("Cms.Forms.Draft.v1", draftId);
}
