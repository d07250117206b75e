namespace Cms.Forms.Services;

/// <summary>The segments of a form's own addresses below its path.</summary>
public static class FormRoutes
{
    /// <summary>The receipt: <c>/{Path}/kvittering/{token}</c>.</summary>
    public const string Receipt = "kvittering";

    /// <summary>The English receipt: <c>/en/{PathEn}/receipt/{token}</c>.</summary>
    public const string ReceiptEn = "receipt";
}
