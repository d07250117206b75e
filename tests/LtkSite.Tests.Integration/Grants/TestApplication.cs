namespace LtkSite.Tests.Integration.Grants;

/// <summary>An application as a test saves it: the answers the list shows, and the reference the public form would have given it.</summary>
public sealed record TestApplication(
    string Reference,
    string Title,
    string Kind,
    string Name,
    string Organisation,
    decimal Applied,
    decimal[] Budget,
    string StartDate = "2027-05-15");
