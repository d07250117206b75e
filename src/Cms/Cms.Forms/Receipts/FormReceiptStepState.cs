namespace Cms.Forms.Receipts;

/// <summary>Where a submission is in relation to a step of its progress list.</summary>
public enum FormReceiptStepState
{
    Done,
    Current,
    Upcoming,
}
