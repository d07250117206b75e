using Microsoft.AspNetCore.Html;

namespace Council.Grants.Controllers;

/// <summary>One answer of the application: the question, the answer as the admin shows it, and for a file its private download.</summary>
public sealed record ApplicationAnswer(string Label, IHtmlContent Value, bool IsEmpty, string? FileUrl);
