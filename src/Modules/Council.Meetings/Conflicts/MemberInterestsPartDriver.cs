using System.Globalization;
using Cms.Contents.Drivers;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Council.Meetings.Localization;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Conflicts;

/// <summary>
/// The member's register in the admin editor: one row per association (name, CVR when known), rows added and removed by
/// showing the editor again (<see cref="EditorRefresh"/>, no JavaScript) with everything typed kept. Blank rows are left out
/// when saved; a CVR number must have 8 digits.
/// </summary>
public sealed class MemberInterestsPartDriver(IStringLocalizer<MeetingStrings> T) : ContentPartDriver<MemberInterestsPart>
{
    public const string List = "Interests";
    public const string AddAction = "AddInterest";
    public const string RemoveAction = "RemoveInterest";

    public override string EditorView => "~/Views/MemberInterestsPart/Edit.cshtml";

    public static string Line(int index, string property) => $"{List}[{index.ToString(CultureInfo.InvariantCulture)}].{property}";

    public override ValueTask<object?> EditAsync(MemberInterestsPart part, PartContext context, CancellationToken cancellationToken)
    {
        var rows = context.IsPosted ? Read(context) : [.. part.Interests.Select(i => new Row(i.Name, i.Cvr ?? ""))];
        var before = rows.Count;
        var remove = TakeAction(context, RemoveAction);
        if (remove >= 1 && remove <= rows.Count)
        {
            rows.RemoveAt(remove - 1);
        }

        while (rows.Count > 0 && rows[^1].IsBlank)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        // Always one empty row to fill in; a second when one was asked for.
        rows.Add(new Row("", ""));
        if (TakeAction(context, AddAction) > 0)
        {
            rows.Add(new Row("", ""));
        }

        Write(context, rows, before);
        return new(new MemberInterestsEditorData(rows.Count));
    }

    public override ValueTask UpdateAsync(MemberInterestsPart part, PartContext context, CancellationToken cancellationToken)
    {
        var posted = Read(context);
        var rows = posted.Where(r => !r.IsBlank).ToList();
        // Numbered as kept, so a message's row is the row shown again.
        Write(context, rows, posted.Count);
        var interests = new List<MemberInterest>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (name, cvrText) = (rows[i].Name, rows[i].Cvr);
            var cvr = OrganisationNames.Cvr(cvrText);
            if (name.Length == 0)
            {
                context.AddError(Line(i, "Name"), T["Give the name of the association or organisation in row {0}.", i + 1]);
            }

            if (cvrText.Length > 0 && cvr is null)
            {
                context.AddError(Line(i, "Cvr"), T["A CVR number has 8 digits, e.g. 11715311. Leave it empty when you do not know it (row {0}).", i + 1]);
            }

            interests.Add(new MemberInterest { Name = name, Cvr = cvr });
        }

        part.Interests = interests;
        return default;
    }

    private static int TakeAction(PartContext context, string action)
    {
        var name = context.Name(action) + EditorRefresh.PageSuffix;
        var value = context.Form.Get(name);
        context.Form.Set(name, "");
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var row) ? row : 0;
    }

    private static List<Row> Read(ContentElementContext context)
    {
        var prefix = context.Name(List) + "[";
        const string Suffix = "].Name";
        return [.. context.Form.NamesStartingWith(prefix)
            .Where(n => n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => int.TryParse(n.AsSpan(prefix.Length, n.Length - prefix.Length - Suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1)
            .Where(i => i >= 0)
            .Order()
            .Select(i => new Row(context.Input(Line(i, "Name")), context.Input(Line(i, "Cvr"))))];
    }

    private static void Write(ContentElementContext context, IReadOnlyList<Row> rows, int before)
    {
        for (var i = 0; i < Math.Max(rows.Count, before); i++)
        {
            // Rows past the new end are emptied, not left with old values.
            context.Form.Set(context.Name(Line(i, "Name")), i < rows.Count ? rows[i].Name : "");
            context.Form.Set(context.Name(Line(i, "Cvr")), i < rows.Count ? rows[i].Cvr : "");
        }
    }

    private sealed record Row(string Name, string Cvr)
    {
        public bool IsBlank => Name.Length == 0 && Cvr.Length == 0;
    }
}
