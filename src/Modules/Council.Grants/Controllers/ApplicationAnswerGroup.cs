namespace Council.Grants.Controllers;

/// <summary>The answers of one step of the form (Ansøger, Projektet, Tid og budget), in the form's order.</summary>
public sealed record ApplicationAnswerGroup(string Title, IReadOnlyList<ApplicationAnswer> Answers);
