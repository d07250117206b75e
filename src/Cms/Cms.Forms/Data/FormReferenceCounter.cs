namespace Cms.Forms.Data;

/// <summary>The last reference number given per prefix and year (<c>LTK</c>, 2027 → 42 gave <c>LTK-2027-0042</c>).</summary>
public sealed class FormReferenceCounter
{
    public string Prefix { get; set; } = "";

    public int Year { get; set; }

    public int Last { get; set; }
}
