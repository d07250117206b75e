namespace Council.Prize.Models;

/// <summary>Who can be nominated (the seed: associations, companies, organisations, workplaces or individuals).</summary>
public enum PrizeCandidateKind
{
    Person,
    Association,
    Company,
    Organisation,
    Workplace,
}
