namespace Council.Grants.Rules;

public enum GrantRuleSeverity
{
    /// <summary>The application cannot be sent or saved like this.</summary>
    Error,

    /// <summary>Shown to the applicant and the secretariat; does not stop the application.</summary>
    Warning,
}
