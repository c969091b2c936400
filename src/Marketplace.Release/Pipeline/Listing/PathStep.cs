namespace Marketplace.Release.Pipeline.Listing;

/// <summary>One step into a listing body: a property, or an index into an array.</summary>
internal readonly record struct PathStep(string? Property, int Index)
{
    public static implicit operator PathStep(string property) => new(property, -1);

    public static implicit operator PathStep(int index) => new(null, index);

    public static PathStep FromString(string property) => property;

    public static PathStep FromInt32(int index) => index;
}
