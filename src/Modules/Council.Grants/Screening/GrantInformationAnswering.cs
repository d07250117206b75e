using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Forms.Data;
using Cms.Workflows.Signals;
using Council.Grants.Data;
using Council.Grants.Models;
using Microsoft.EntityFrameworkCore;

namespace Council.Grants.Screening;

/// <summary>
/// Stores an applicant's answer on the application (a new version, the files claimed for it) and signals the screening
/// workflow, in one unit of work: the signal is delivered only once the answer is committed, so nothing is lost.
/// </summary>
public sealed class GrantInformationAnswering(LtkDbContext db, ContentManager contents, GrantInformationLinks links, IWorkflowSignals signals, SiteTimeZone siteTime, TimeProvider clock)
{
    /// <summary>The signal the screening workflow waits for, correlated by the application's id.</summary>
    public const string SignalName = "grant information added";

    /// <summary>False, and nothing stored, when the request was answered already.</summary>
    public async Task<bool> AnswerAsync(GrantInformationRequest request, string answer, string? fileId, CancellationToken cancellationToken)
    {
        await using var unit = await db.BeginUnitOfWorkAsync(cancellationToken);
        if (!await links.MarkAnsweredAsync(request.RequestId, cancellationToken))
        {
            await unit.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return false;
        }

        var latest = await contents.GetAsync(request.ContentItemId, VersionOptions.Latest, cancellationToken)
            ?? throw new InvalidOperationException($"The application '{request.ContentItemId}' no longer exists.");
        var file = fileId is null ? null : await db.Set<FormFileRecord>().FirstOrDefaultAsync(f => f.FileId == fileId && f.ContentItemId == null, cancellationToken);
        file?.ContentItemId = request.ContentItemId;
        var now = clock.GetUtcNow().UtcDateTime;
        var edited = latest.CloneAsNewVersion();
        edited.Alter<GrantApplicationPart>(p =>
        {
            var entry = p.Information.Find(i => i.RequestId == request.RequestId);
            if (entry is null)
            {
                entry = new GrantInformationAnswer { RequestId = request.RequestId, Question = request.Question, AskedUtc = request.AskedUtc };
                p.Information.Add(entry);
            }

            entry.Answer = answer;
            entry.AnsweredUtc = now;
            if (file is not null)
            {
                entry.Files.Add(new GrantInformationFile { FileId = file.FileId, FileName = file.FileName, ContentType = file.ContentType, Length = file.Length });
            }
        });
        await contents.UpdateAsync(edited, latest.ContentItemVersionId, publish: false, cancellationToken: cancellationToken);
        await signals.SendAsync(SignalName, request.ContentItemId, new JsonObject
        {
            ["Answer"] = answer,
            ["AnsweredOn"] = siteTime.ToLocal(now).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            ["AnswerFiles"] = file is null ? 0 : 1,
        }, signalId: request.RequestId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return true;
    }
}
