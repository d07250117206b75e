namespace Council.Meetings.Agenda;

/// <summary>
/// An agenda item as its owning module describes it to one audience; the agenda packs (HTML and PDF) render it and know
/// nothing of applications or prizes. For <see cref="AgendaAudience.Public"/> the module leaves out the personal data of
/// private persons (offentlighedsloven § 30): <see cref="Organisation"/> is empty for a private person.
/// </summary>
/// <param name="Title">The item's heading (the project's title).</param>
/// <param name="Organisation">The applying organisation; empty for a private person in the public pack.</param>
/// <param name="Amount">The amount asked for, formatted ("12.000 kr."), when there is one.</param>
/// <param name="Facts">Labelled values in order (applicant, project, target group, beneficiaries, …).</param>
/// <param name="Tables">Tables in order (budget, co-financing).</param>
/// <param name="Attachments">The attachments' file names (listed, not included).</param>
/// <param name="Flags">Warnings for the members, e.g. "Offentlig institution (lavere prioritet)".</param>
/// <param name="Recommendation">The secretariat's recommendation, when given (members only).</param>
/// <param name="Decision">The decision in words, once made.</param>
/// <param name="AdminUrl">The item's page in the admin (members only), e.g. where its decision is recorded.</param>
public sealed record AgendaItemDetails(
    string Title,
    string Organisation,
    string? Amount,
    IReadOnlyList<AgendaFact> Facts,
    IReadOnlyList<AgendaTable> Tables,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<string> Flags,
    string? Recommendation,
    string? Decision,
    string? AdminUrl);
