namespace Marketplace.Release.Domain;

/// <summary><see cref="PaymentModel"/> as the manifest and the API write it: <c>free</c>, <c>paid-via-atlassian</c>, <c>paid-via-vendor</c>.</summary>
public static class PaymentModelWords
{
    private static readonly WordTable<PaymentModel> Table = new(
        (PaymentModel.Free, "free"),
        (PaymentModel.PaidViaAtlassian, "paid-via-atlassian"),
        (PaymentModel.PaidViaVendor, "paid-via-vendor"));

    /// <summary>Every payment model's word, in the order messages and the JSON Schema list them.</summary>
    public static IReadOnlyList<string> Words => Table.Words;

    /// <summary>The word of <paramref name="paymentModel"/>, e.g. <c>paid-via-atlassian</c>.</summary>
    public static string Word(this PaymentModel paymentModel) => Table.Word(paymentModel);

    /// <summary>The payment model <paramref name="word"/> names exactly (the manifest's spelling); null when it names none.</summary>
    public static PaymentModel? FromWord(string? word) => Table.Find(word, StringComparison.Ordinal);

    /// <summary>The payment model an API answer names, in any letter case; null when it names none this tool knows.</summary>
    internal static PaymentModel? FromApiWord(string? word) => Table.Find(word, StringComparison.OrdinalIgnoreCase);
}
