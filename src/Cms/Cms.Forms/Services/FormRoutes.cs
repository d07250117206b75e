namespace Cms.Forms.Services;

/// <summary>The segments of a form's own addresses below its path.</summary>
public static class FormRoutes
{
    /// <summary>The receipt: <c>/{Path}/kvittering/{token}</c>.</summary>
    public const string Receipt = "kvittering";

    /// <summary>The English receipt: <c>/en/{PathEn}/receipt/{token}</c>.</summary>
    public const string ReceiptEn = "receipt";

    /// <summary>A saved draft's private link: <c>/{Path}/fortsaet/{token}</c>.</summary>
    public const string Continue = "fortsaet";

    /// <summary>The English one: <c>/en/{PathEn}/continue/{token}</c>.</summary>
    public const string ContinueEn = "continue";
}
