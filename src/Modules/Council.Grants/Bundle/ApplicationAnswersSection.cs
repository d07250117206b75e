using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Documents;
using Cms.Forms.Models;
using Council.Grants.Agenda;
using Council.Grants.Localization;
using Council.Meetings.Agenda;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Bundle;

/// <summary>The application as the applicant gave it: every answer under its form step, then the budget and financing tables.</summary>
public sealed class ApplicationAnswersSection(
    ContentDefinitionManager definitions,
    ContentEditorService editors,
    GrantAgendaItemSource agenda,
    IStringLocalizer<GrantStrings> T) : IGrantCaseBundleSection
{
    public int Order => 100;

    public async Task AddToAsync(ContentItem application, TextDocument bundle, CancellationToken cancellationToken)
    {
        bundle.Heading(2, T["The application"]);
        var definition = await definitions.GetSharedAsync(cancellationToken);
        if (definition.FindType(application.ContentType) is { } type)
        {
            var form = type.Settings.GetSettings<FormSettings>();
            var rows = await editors.DisplayAsync(application, type, cancellationToken);
            var answers = rows
                .Where(r => r.IsField && r.Key.StartsWith(application.ContentType + ".", StringComparison.Ordinal))
                .Select(r => (Row: r, Step: definition.FindPart(application.ContentType)?.FindField(r.Key[(application.ContentType.Length + 1)..])?.Settings.GetSettings<FormElementSettings>().Step))
                .ToList();
            foreach (var step in form.Steps)
            {
                var facts = answers.Where(a => a.Step == step.Name && a.Row.Value.Text.Length > 0).Select(a => new DocumentFact(a.Row.Label, a.Row.Value.Text)).ToList();
                if (facts.Count > 0)
                {
                    bundle.Heading(3, step.Title ?? step.Name).Facts(facts);
                }
            }
        }

        // The budget and financing as the packs show them, with their totals.
        if (await agenda.DescribeAsync(application.ContentItemId, AgendaAudience.Members, cancellationToken) is { } details)
        {
            foreach (var table in details.Tables)
            {
                bundle.Table(new DocumentTable(table.Caption, table.Headers, table.Rows) { EndAlignedColumns = new HashSet<int> { 1 } });
            }
        }
    }
}
