namespace Marketplace.Release.Approval;

/// <summary>Where the Marketplace's review of a released version stands, as <c>--wait-for-approval</c> reads it.</summary>
internal enum ApprovalVerdict
{
    /// <summary>Submitted, under review (or not visible yet): keep waiting.</summary>
    Pending,

    /// <summary>APPROVED: exit 0.</summary>
    Approved,

    /// <summary>UNINITIATED on a PUBLIC listing: no review needed, exit 0.</summary>
    AutoApproved,

    /// <summary>REJECTED: exit 4 with the reason.</summary>
    Rejected,
}
