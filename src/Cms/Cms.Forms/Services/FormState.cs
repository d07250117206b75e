namespace Cms.Forms.Services;

/// <summary>What travels between the steps in the protected hidden field: the step shown and the answers so far.</summary>
public sealed class FormState
{
    public string ContentType { get; set; } = "";

    public int Step { get; set; }

    public FormAnswers Answers { get; set; } = new();
}
