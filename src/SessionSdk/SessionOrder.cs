namespace SessionSdk;

/// <summary>The order a provider is asked to list sessions in (<see cref="SessionQuery.Order"/>).</summary>
public enum SessionOrder
{
    /// <summary>The vendor's own default order; nothing is sent.</summary>
    VendorDefault = 0,

    /// <summary>
    /// Newest <see cref="Session.CreatedAt"/> first. A provider whose vendor takes an order sends it (Kodexa
    /// <c>sort=createdOn,desc</c>, in place of any <c>sort</c> in <see cref="SessionQuery.AdditionalProperties"/>); the
    /// others send nothing and list in their vendor's order.
    /// </summary>
    NewestFirst = 1,
}
