namespace Council.Meetings.Agenda;

/// <summary>A routing change that cannot be made, with a message that says why and what to do instead.</summary>
public sealed class AgendaRoutingException(string message) : InvalidOperationException(message);
