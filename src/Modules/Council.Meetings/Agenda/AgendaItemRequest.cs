namespace Council.Meetings.Agenda;

/// <summary>An item marked ready for the council, as its module describes it to the routing.</summary>
/// <param name="Kind">The owning module's kind, e.g. <c>grant-application</c> (its <see cref="IAgendaItemSource.Kind"/>).</param>
/// <param name="SourceId">The thing itself, e.g. the application's content item id.</param>
/// <param name="Title">The item's title on the agenda (the project's title).</param>
/// <param name="Applicant">The organisation, or the person's name.</param>
/// <param name="ApplicantCvr">The CVR number when known.</param>
/// <param name="ReadyUtc">When it was marked ready: the first meeting whose item deadline had not passed then takes it.</param>
/// <param name="Parties">Others the item concerns (the prize's candidates); none for a grant application.</param>
public sealed record AgendaItemRequest(string Kind, string SourceId, string Title, string Applicant, string? ApplicantCvr, DateTimeOffset ReadyUtc, IReadOnlyList<AgendaParty>? Parties = null);
