using System.Globalization;
using Cms.Contents.Localization;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Security;
using Cms.Core.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Controllers;

/// <summary>The content editor: the list of items, creating and editing them, their history.</summary>
[Area("Admin")]
[Route("/admin/content")]
// What a user may do with an item depends on the item and its type: ContentAuthorization decides in the actions.
[RequirePermission(nameof(CorePermissions.AccessAdminPanel))]
public sealed class ContentController(
    LtkDbContext db,
    ContentManager contents,
    ContentDefinitionManager definitions,
    ContentEditorService editors,
    ContentTypeAccess access,
    SiteSettingsService siteSettings,
    SiteTimeZone siteTime,
    TimeProvider clock,
    IStringLocalizer<ContentStrings> T) : Controller
{
    public const int PageSize = 25;

    private DbSet<ContentItem> Items => db.Set<ContentItem>();

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ContentListQuery query, CancellationToken cancellationToken)
    {
        if (!User.CanEditAny())
        {
            return Forbid();
        }

        var definition = await definitions.GetAsync(cancellationToken);
        var listable = definition.Types.Where(t => t.TypeSettings.Listable && access.Reaches(User, t)).OrderBy(t => t.DisplayName, DanishCulture.CaseSensitiveComparer).ToList();
        var listableNames = listable.Select(t => t.Name).ToList();

        // Compared with a parameter rather than tested bare: SQLite uses an index on a boolean column only for
        // "Latest = ?", and so the default order walks the (Latest, DeletedUtc, ModifiedUtc) index instead of
        // sorting every item for each page (bench/README.md, "Content list at 10,000 items").
        var latest = true;
        var items = Items.AsNoTracking().Where(i => i.Latest == latest);
        items = query.Status == "deleted" ? items.Where(i => i.DeletedUtc != null) : items.Where(i => i.DeletedUtc == null);
        items = string.IsNullOrEmpty(query.Type) ? items.Where(i => listableNames.Contains(i.ContentType)) : items.Where(i => i.ContentType == query.Type);
        // Closed types (a form's submissions) stay out of the list, even asked for by name, for those who may not reach them.
        var closed = definition.Types.Where(t => !access.Reaches(User, t)).Select(t => t.Name).ToList();
        if (closed.Count > 0)
        {
            items = items.Where(i => !closed.Contains(i.ContentType));
        }

        items = query.Status switch
        {
            "draft" => items.Where(i => !i.Published),
            "published" => items.Where(i => i.HasPublished),
            "scheduled" => items.Where(i => i.ScheduledPublishUtc != null),
            _ => items,
        };

        // Without the general edit permission a user sees the types they may edit in full (securable types
        // granted to their role) and their own items of the types they may edit when they own them.
        if (!User.HasPermission(Permissions.EditContent))
        {
            var me = User.Identity?.Name ?? "";
            var someoneElses = new ContentItem { Owner = "\0" };
            var allOfType = definition.Types.Where(t => access.Can(User, ContentAction.Edit, t, someoneElses)).Select(t => t.Name).ToList();
            var ownOfType = definition.Types.Where(t => access.Can(User, ContentAction.Edit, t, null)).Select(t => t.Name).ToList();
            items = items.Where(i => allOfType.Contains(i.ContentType) || (i.Owner == me && ownOfType.Contains(i.ContentType)));
        }

        if (!string.IsNullOrWhiteSpace(query.Owner))
        {
            var owner = query.Owner.Trim();
            items = items.Where(i => i.Owner == owner);
        }

        if (!string.IsNullOrWhiteSpace(query.Culture))
        {
            items = items.Where(i => i.Culture == query.Culture);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var search = query.Q.Trim().ToLowerInvariant();
            items = items.Where(i => i.DisplayTextNormalized.Contains(search));
        }

        items = query.Sort switch
        {
            "modified-asc" => items.OrderBy(i => i.ModifiedUtc).ThenBy(i => i.Id),
            "created-desc" => items.OrderByDescending(i => i.CreatedUtc).ThenByDescending(i => i.Id),
            "created-asc" => items.OrderBy(i => i.CreatedUtc).ThenBy(i => i.Id),
            "title-asc" => items.OrderBy(i => i.DisplayTextNormalized).ThenBy(i => i.Id),
            "title-desc" => items.OrderByDescending(i => i.DisplayTextNormalized).ThenByDescending(i => i.Id),
            "published-desc" => items.OrderByDescending(i => i.PublishedUtc).ThenByDescending(i => i.Id),
            "published-asc" => items.OrderBy(i => i.PublishedUtc).ThenBy(i => i.Id),
            _ => items.OrderByDescending(i => i.ModifiedUtc).ThenByDescending(i => i.Id),
        };

        var total = await items.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pages);
        var rows = await items.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(i => new ContentListRow(
                i.ContentItemId, i.ContentType, i.DisplayText, i.Published,
                i.HasPublished,
                i.Owner, i.Culture, i.ModifiedUtc, i.PublishedUtc, i.ScheduledPublishUtc, i.DeletedUtc))
            .ToListAsync(cancellationToken);

        var settings = await siteSettings.GetAsync(cancellationToken);
        return View(new ContentListViewModel(query, rows, total, page, pages, listable, settings.SupportedCultures,
            listable.Where(t => t.TypeSettings.Creatable && access.Can(User, ContentAction.Edit, t, null)).ToList()));
    }

    [HttpPost("bulk")]
    public async Task<IActionResult> Bulk([FromForm] string? bulkAction, [FromForm] List<string> ids, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        if (!User.CanEditAny())
        {
            return Forbid();
        }

        var action = bulkAction switch
        {
            "publish" or "unpublish" => ContentAction.Publish,
            "delete" or "restore" => ContentAction.Delete,
            _ => (ContentAction?)null,
        };
        if (action is null || ids.Count == 0)
        {
            TempData["Message"] = T["Choose the items and what to do with them."].Value;
            return LocalRedirect(SafeReturn(returnUrl));
        }

        var done = 0;
        var refused = 0;
        foreach (var id in ids.Distinct(StringComparer.Ordinal).Take(PageSize * 4))
        {
            var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
            var type = item is null ? null : await definitions.GetTypeAsync(item.ContentType, cancellationToken);
            if (item is null || !access.Can(User, action.Value, type, item))
            {
                refused++;
                continue;
            }

            var changed = bulkAction switch
            {
                "publish" => await contents.PublishAsync(id, cancellationToken),
                "unpublish" => await contents.UnpublishAsync(id, cancellationToken),
                "delete" => await contents.RemoveAsync(id, cancellationToken),
                _ => await contents.RestoreAsync(id, cancellationToken),
            };
            done += changed ? 1 : 0;
        }

        TempData["Message"] = refused == 0
            ? T["{0} item(s) changed.", done].Value
            : T["{0} item(s) changed; {1} you may not change were left alone.", done, refused].Value;
        return LocalRedirect(SafeReturn(returnUrl));
    }

    [HttpGet("new/{type}")]
    public async Task<IActionResult> Create(string type, string? containerId, CancellationToken cancellationToken)
    {
        if (await CreatableTypeAsync(type, cancellationToken) is not { } definition)
        {
            return NotFound();
        }

        if (!access.Can(User, ContentAction.Edit, definition, null))
        {
            return Forbid();
        }

        var item = await contents.NewAsync(type, cancellationToken);
        if (await ContainerAsync(containerId, type, cancellationToken) is { } container)
        {
            item.ContainerId = container.ContentItemId;
        }

        return View("Edit", await EditModelAsync(item, definition, null, isNew: true, cancellationToken: cancellationToken));
    }

    [HttpPost("new/{type}")]
    public async Task<IActionResult> Create(string type, string? containerId, [FromForm] EditPost post, CancellationToken cancellationToken)
    {
        if (await CreatableTypeAsync(type, cancellationToken) is not { } definition)
        {
            return NotFound();
        }

        if (!access.Can(User, ContentAction.Edit, definition, null))
        {
            return Forbid();
        }

        var item = await contents.NewAsync(type, cancellationToken);
        if (await ContainerAsync(containerId ?? post.ContainerId, type, cancellationToken) is { } container)
        {
            var order = await Items.Where(i => i.ContainerId == container.ContentItemId && i.Latest).MaxAsync(i => (int?)i.ContainedOrder, cancellationToken) ?? 0;
            item.ContainerId = container.ContentItemId;
            item.Alter<ContainedPart>(p =>
            {
                p.ListContentItemId = container.ContentItemId;
                p.Order = order + 1;
            });
        }

        return await SaveAsync(item, definition, isNew: true, post, cancellationToken);
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var (item, type) = await LoadAsync(id, cancellationToken);
        if (item is null || type is null)
        {
            return NotFound();
        }

        if (!access.Can(User, ContentAction.Edit, type, item))
        {
            return Forbid();
        }

        return View(await EditModelAsync(item, type, null, isNew: false, cancellationToken: cancellationToken));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, [FromForm] EditPost post, CancellationToken cancellationToken)
    {
        var (item, type) = await LoadAsync(id, cancellationToken);
        if (item is null || type is null || item.DeletedUtc is not null)
        {
            return NotFound();
        }

        if (!access.Can(User, ContentAction.Edit, type, item))
        {
            return Forbid();
        }

        return await SaveAsync(item, type, isNew: false, post, cancellationToken);
    }

    [HttpPost("{id}/unpublish")]
    public Task<IActionResult> Unpublish(string id, CancellationToken cancellationToken) =>
        ActOnAsync(id, ContentAction.Publish, contents.UnpublishAsync, T["The item was taken off the site; it is kept as a draft."], cancellationToken);

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        var result = await ActOnAsync(id, ContentAction.Delete, contents.RemoveAsync, T["The item was deleted. It can be restored for 30 days under the status 'Deleted'."], cancellationToken);
        return result is RedirectResult ? Redirect("/admin/content") : result;
    }

    [HttpPost("{id}/restore")]
    public Task<IActionResult> Restore(string id, CancellationToken cancellationToken) =>
        ActOnAsync(id, ContentAction.Delete, contents.RestoreAsync, T["The item was restored as a draft."], cancellationToken);

    [HttpPost("{id}/clone")]
    public async Task<IActionResult> Clone(string id, CancellationToken cancellationToken)
    {
        var (item, type) = await LoadAsync(id, cancellationToken);
        if (item is null || type is null || item.DeletedUtc is not null)
        {
            return NotFound();
        }

        if (!access.Can(User, ContentAction.Edit, type, item) || !access.Can(User, ContentAction.Edit, type, null))
        {
            return Forbid();
        }

        var copyOf = T["Copy of {0}", item.DisplayText].Value;
        var clone = await contents.CloneAsync(id, c =>
        {
            // A copy gets its own address and title, so it never competes with the original.
            if (c.TryGetPart(PartNames.Autoroute) is { } route)
            {
                route["Path"] = "";
            }

            if (c.TryGetPart(PartNames.Title) is { } title)
            {
                title["Title"] = copyOf;
            }

            if (c.TryGetPart(PartNames.Localization) is { } localization)
            {
                localization.Remove("LocalizationSet");
            }

            return Task.CompletedTask;
        }, cancellationToken);
        TempData["Message"] = T["A copy was made as a draft: {0}.", clone.DisplayText].Value;
        return Redirect($"/admin/content/{clone.ContentItemId}/edit");
    }

    [HttpPost("{id}/translate")]
    public async Task<IActionResult> Translate(string id, [FromQuery] string culture, CancellationToken cancellationToken)
    {
        var (item, type) = await LoadAsync(id, cancellationToken);
        if (item is null || type is null || item.DeletedUtc is not null || !type.HasPart(PartNames.Localization))
        {
            return NotFound();
        }

        if (!access.Can(User, ContentAction.Edit, type, item) || !access.Can(User, ContentAction.Edit, type, null))
        {
            return Forbid();
        }

        var settings = await siteSettings.GetAsync(cancellationToken);
        var target = settings.SupportedCultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
        if (target is null)
        {
            return BadRequest();
        }

        var set = item.LocalizationSet ?? item.As<LocalizationPart>().LocalizationSet;
        var existing = await Items.AsNoTracking().Where(i => i.LocalizationSet == set && i.Culture == target && i.Latest && i.DeletedUtc == null)
            .Select(i => i.ContentItemId).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return Redirect($"/admin/content/{existing}/edit");
        }

        var translation = await contents.CloneAsync(id, c =>
        {
            var localization = c.Part(PartNames.Localization);
            localization["Culture"] = target;
            localization["LocalizationSet"] = set;
            return Task.CompletedTask;
        }, cancellationToken);
        TempData["Message"] = T["A draft translation into {0} was made from the original. Translate the texts and publish it.", CultureInfo.GetCultureInfo(target).NativeName].Value;
        return Redirect($"/admin/content/{translation.ContentItemId}/edit");
    }

    [HttpGet("{id}/versions")]
    public async Task<IActionResult> Versions(string id, CancellationToken cancellationToken)
    {
        var (item, type) = await LoadAsync(id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (!access.Can(User, ContentAction.Edit, type, item))
        {
            return Forbid();
        }

        var versions = await Items.AsNoTracking().Where(i => i.ContentItemId == id).OrderByDescending(i => i.Number)
            .Select(i => new VersionRow(i.ContentItemVersionId, i.Number, i.Author, i.ModifiedUtc, i.Published, i.Latest, i.PublishedUtc))
            .ToListAsync(cancellationToken);
        return View(new VersionsViewModel(item, type, versions));
    }

    [HttpGet("{id}/versions/compare")]
    public async Task<IActionResult> Compare(string id, string? a, string? b, CancellationToken cancellationToken)
    {
        var (item, type) = await LoadAsync(id, cancellationToken);
        if (item is null || type is null || string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b))
        {
            return NotFound();
        }

        if (!access.Can(User, ContentAction.Edit, type, item))
        {
            return Forbid();
        }

        var left = await contents.GetVersionAsync(a, cancellationToken);
        var right = await contents.GetVersionAsync(b, cancellationToken);
        if (left is null || right is null || left.ContentItemId != id || right.ContentItemId != id)
        {
            return NotFound();
        }

        var leftRows = await editors.DisplayAsync(left, type, cancellationToken);
        var rightRows = await editors.DisplayAsync(right, type, cancellationToken);
        var keys = leftRows.Select(r => r.Key).Concat(rightRows.Select(r => r.Key)).Distinct(StringComparer.Ordinal);
        var rows = keys.Select(key =>
        {
            var l = leftRows.FirstOrDefault(r => r.Key == key);
            var r = rightRows.FirstOrDefault(r => r.Key == key);
            return new CompareRow((r ?? l)!.Label, l?.Value.Text ?? "", r?.Value.Text ?? "");
        }).ToList();
        return View(new CompareViewModel(item, left, right, rows));
    }

    [HttpPost("{id}/versions/{versionId}/restore")]
    public async Task<IActionResult> RestoreVersion(string id, string versionId, CancellationToken cancellationToken)
    {
        var (item, type) = await LoadAsync(id, cancellationToken);
        var version = await contents.GetVersionAsync(versionId, cancellationToken);
        if (item is null || version is null || version.ContentItemId != id || item.DeletedUtc is not null)
        {
            return NotFound();
        }

        if (!access.Can(User, ContentAction.Edit, type, item))
        {
            return Forbid();
        }

        try
        {
            var draft = await contents.RestoreVersionAsync(versionId, cancellationToken);
            TempData["Message"] = T["Version {0} is now the draft (version {1}). Publish it to put it on the site.", version.Number, draft.Number].Value;
        }
        catch (ContentValidationException ex)
        {
            TempData["Message"] = T["Version {0} could not be restored: {1}", version.Number, ex.Message].Value;
        }

        return Redirect($"/admin/content/{id}/edit");
    }

    private async Task<IActionResult> SaveAsync(ContentItem item, ContentTypeDefinition type, bool isNew, EditPost post, CancellationToken cancellationToken)
    {
        var form = new ContentEditorForm(Request.Form);
        if (EditorRefresh.TryApply(form))
        {
            // A picker searched or turned a page: the editor is shown again as typed, nothing is saved or checked.
            return View("Edit", await EditModelAsync(item, type, form, isNew, post: post, cancellationToken: cancellationToken));
        }

        await editors.ApplyAsync(item, type, form, isNew, cancellationToken);

        var draftable = type.TypeSettings.Draftable;
        var submit = draftable ? post.Submit ?? "draft" : "publish";
        // A new item is not owned by anyone until it is stored: it will be the user's, so "own" permissions count.
        if (submit is "publish" or "schedule" && !access.Can(User, ContentAction.Publish, type, isNew ? null : item))
        {
            return Forbid();
        }

        DateTime? scheduled = null;
        if (submit == "schedule")
        {
            scheduled = ParseSchedule(post, form);
        }

        // Without the version the editor started from, the conflict check could not see another editor's save.
        var missingBase = !isNew && !post.Overwrite && string.IsNullOrEmpty(post.BaseVersionId);
        if (missingBase)
        {
            form.AddError("", T["Your changes were not saved, because the form did not say which version of the item you started from. What you typed is still below: check it against the item and save again."]);
        }

        ContentItem? theirs = null;
        if (form.Errors.Count == 0)
        {
            try
            {
                var publish = submit == "publish";
                ContentItem saved;
                if (isNew)
                {
                    item.ScheduledPublishUtc = scheduled;
                    saved = await contents.CreateAsync(item, publish, cancellationToken);
                }
                else
                {
                    saved = await contents.UpdateAsync(item, post.Overwrite ? BaseVersion.SaveOverLatest : BaseVersion.Of(post.BaseVersionId!), publish, scheduled, cancellationToken);
                }

                TempData["Message"] = submit switch
                {
                    "publish" => T["'{0}' was published.", saved.DisplayText].Value,
                    "schedule" => T["'{0}' will be published {1}.", saved.DisplayText, siteTime.FormatDateTime(scheduled!.Value)].Value,
                    _ => T["'{0}' was saved as a draft.", saved.DisplayText].Value,
                };
                return Redirect($"/admin/content/{saved.ContentItemId}/edit");
            }
            catch (ContentValidationException ex)
            {
                foreach (var error in ex.Errors)
                {
                    form.AddError(error.Key, T[error.Message]);
                }
            }
            catch (ContentConcurrencyException ex)
            {
                theirs = ex.Theirs;
            }
        }

        var model = await EditModelAsync(item, type, form, isNew, theirs, post, cancellationToken);
        foreach (var (key, message) in form.Errors)
        {
            ModelState.AddModelError(key, message);
        }

        if (theirs is not null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else if (missingBase)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View("Edit", model);
    }

    private DateTime? ParseSchedule(EditPost post, ContentEditorForm form)
    {
        var dateOk = DateOnly.TryParseExact(post.ScheduleDate?.Trim(), ["yyyy-MM-dd", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        var timeOk = TimeOnly.TryParseExact(post.ScheduleTime?.Trim(), ["HH:mm", "H:mm", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time);
        if (!dateOk)
        {
            form.AddError(nameof(EditPost.ScheduleDate), T["Fill in the date to publish on, like 25.11.2026."]);
        }

        if (!timeOk)
        {
            form.AddError(nameof(EditPost.ScheduleTime), T["Fill in the time to publish at, like 14:30."]);
        }

        if (!dateOk || !timeOk)
        {
            return null;
        }

        var utc = siteTime.ToUtc(date.ToDateTime(time));
        if (utc <= clock.GetUtcNow().UtcDateTime)
        {
            form.AddError(nameof(EditPost.ScheduleDate), T["The publishing time must be in the future."]);
            return null;
        }

        return utc;
    }

    private async Task<ContentEditViewModel> EditModelAsync(ContentItem item, ContentTypeDefinition type, ContentEditorForm? posted, bool isNew, ContentItem? theirs = null, EditPost? post = null, CancellationToken cancellationToken = default)
    {
        var editor = await editors.BuildEditorAsync(item, type, posted, isNew, cancellationToken);
        var hasPublished = !isNew && await Items.AnyAsync(i => i.ContentItemId == item.ContentItemId && i.Published, cancellationToken);
        var latest = isNew ? null : await Items.AsNoTracking().Where(i => i.ContentItemId == item.ContentItemId && i.Latest)
            .Select(i => new { i.ContentItemVersionId, i.Number, i.ScheduledPublishUtc, i.Published }).FirstOrDefaultAsync(cancellationToken);
        var order = new List<string> { nameof(EditPost.ScheduleDate), nameof(EditPost.ScheduleTime) };
        order.InsertRange(0, editor.FieldOrder);
        // Inputs a part adds per row (e.g. list positions) are not in the field order; their errors still belong in the summary.
        order.AddRange(ModelState.Where(e => e.Value?.Errors.Count > 0 && !order.Contains(e.Key)).Select(e => e.Key));
        var local = latest?.ScheduledPublishUtc is { } s ? siteTime.ToLocal(s) : (DateTime?)null;
        return new ContentEditViewModel(editor)
        {
            BaseVersionId = post?.BaseVersionId ?? latest?.ContentItemVersionId,
            Number = latest?.Number ?? 0,
            IsPublished = latest?.Published ?? false,
            HasPublished = hasPublished,
            ScheduledUtc = latest?.ScheduledPublishUtc,
            ScheduleDate = post?.ScheduleDate ?? local?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ScheduleTime = post?.ScheduleTime ?? local?.ToString("HH:mm", CultureInfo.InvariantCulture),
            CanPublish = access.Can(User, ContentAction.Publish, type, isNew ? null : item),
            CanDelete = !isNew && access.Can(User, ContentAction.Delete, type, item),
            Theirs = theirs,
            ErrorOrder = order,
            ContainerId = item.ContainerId,
        };
    }

    private async Task<IActionResult> ActOnAsync(string id, ContentAction action, Func<string, CancellationToken, Task<bool>> act, string message, CancellationToken cancellationToken)
    {
        var (item, type) = await LoadAsync(id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (!access.Can(User, action, type, item))
        {
            return Forbid();
        }

        await act(id, cancellationToken);
        TempData["Message"] = message;
        return Redirect($"/admin/content/{id}/edit");
    }

    private async Task<(ContentItem? Item, ContentTypeDefinition? Type)> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (!ContentIds.IsValid(id))
        {
            return (null, null);
        }

        var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
        return item is null ? (null, null) : (item, await definitions.GetTypeAsync(item.ContentType, cancellationToken));
    }

    private async Task<ContentTypeDefinition?> CreatableTypeAsync(string type, CancellationToken cancellationToken) =>
        await definitions.GetTypeAsync(type, cancellationToken) is { } definition && definition.TypeSettings.Creatable ? definition : null;

    /// <summary>The list a new item goes into, when it is a list that may contain the type.</summary>
    private async Task<ContentItem?> ContainerAsync(string? containerId, string type, CancellationToken cancellationToken)
    {
        if (!ContentIds.IsValid(containerId) || await contents.GetAsync(containerId!, VersionOptions.Latest, cancellationToken) is not { } container)
        {
            return null;
        }

        var containerType = await definitions.GetTypeAsync(container.ContentType, cancellationToken);
        var list = containerType?.FindPart(PartNames.List);
        return list is not null && list.Settings.GetSettings<ListPartSettings>().ContainedContentTypes.Contains(type) ? container : null;
    }

    private static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith("/admin/content", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) ? url : "/admin/content";
}

/// <summary>Filters, search, sort and page of the content list (all from the query string, so a list can be bookmarked).</summary>
public sealed class ContentListQuery
{
    public string? Type { get; set; }

    /// <summary>draft, published, scheduled or deleted; empty for all but deleted.</summary>
    public string? Status { get; set; }

    public string? Owner { get; set; }

    public string? Culture { get; set; }

    public string? Q { get; set; }

    public string? Sort { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record ContentListRow(
    string ContentItemId, string ContentType, string DisplayText, bool LatestPublished, bool HasPublished,
    string Owner, string? Culture, DateTime ModifiedUtc, DateTime? PublishedUtc, DateTime? ScheduledPublishUtc, DateTime? DeletedUtc);

public sealed record ContentListViewModel(
    ContentListQuery Query, IReadOnlyList<ContentListRow> Rows, int Total, int Page, int Pages,
    IReadOnlyList<ContentTypeDefinition> Types, IReadOnlyList<string> Cultures, IReadOnlyList<ContentTypeDefinition> CreatableTypes)
{
    /// <summary>This list's address with some query values changed.</summary>
    public string Url(int? page = null, string? sort = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["type"] = Query.Type,
            ["status"] = Query.Status,
            ["owner"] = Query.Owner,
            ["culture"] = Query.Culture,
            ["q"] = Query.Q,
            ["sort"] = sort ?? Query.Sort,
            ["page"] = (page ?? Page) == 1 ? null : (page ?? Page).ToString(CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/content", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}

/// <summary>The editor's own inputs besides the parts and fields.</summary>
public sealed class EditPost
{
    /// <summary>draft, publish or schedule.</summary>
    public string? Submit { get; set; }

    /// <summary>The version the editor started from; a save fails when someone saved after it.</summary>
    public string? BaseVersionId { get; set; }

    /// <summary>Save over the other editor's version on purpose.</summary>
    public bool Overwrite { get; set; }

    public string? ScheduleDate { get; set; }

    public string? ScheduleTime { get; set; }

    public string? ContainerId { get; set; }
}

public sealed record ContentEditViewModel(ContentEditorModel Editor)
{
    public string? BaseVersionId { get; init; }

    public int Number { get; init; }

    public bool IsPublished { get; init; }

    public bool HasPublished { get; init; }

    public DateTime? ScheduledUtc { get; init; }

    public string? ScheduleDate { get; init; }

    public string? ScheduleTime { get; init; }

    public bool CanPublish { get; init; }

    public bool CanDelete { get; init; }

    /// <summary>The other editor's version when a save was refused because they saved first.</summary>
    public ContentItem? Theirs { get; init; }

    public IReadOnlyList<string> ErrorOrder { get; init; } = [];

    public string? ContainerId { get; init; }
}

public sealed record VersionRow(string ContentItemVersionId, int Number, string Author, DateTime ModifiedUtc, bool Published, bool Latest, DateTime? PublishedUtc);

public sealed record VersionsViewModel(ContentItem Item, ContentTypeDefinition? Type, IReadOnlyList<VersionRow> Versions);

public sealed record CompareRow(string Label, string Left, string Right)
{
    public bool Changed => !string.Equals(Left, Right, StringComparison.Ordinal);
}

public sealed record CompareViewModel(ContentItem Item, ContentItem Left, ContentItem Right, IReadOnlyList<CompareRow> Rows);
