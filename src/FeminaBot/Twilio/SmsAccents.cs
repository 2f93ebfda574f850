using System.Text;

namespace FeminaBot.Twilio;

/// <summary>
/// Spanish's accented letters that GSM-7 lacks (á í ó ú, and their capitals), written without the
/// accent, so a Spanish text can stay in GSM-7 (160 characters a segment) instead of UCS-2 (70).
/// é, ñ, ü, ¿ and ¡ are in GSM-7 and stay. Twilio's Smart Encoding does not do this: it replaces
/// only typographic characters (curly quotes, dashes, odd spaces), as <see cref="SmsText.ToPlain"/> does.
/// </summary>
public static class SmsAccents
{
    // Only letters whose plain form is the same letter to a reader of Spanish. "sí" becomes "si"
    // ("if"), "está" "esta" and "más" "mas": texters write them so every day, and the sentence
    // around them still says which is meant.
    private static readonly (char From, char To)[] Plain =
    [
        ('á', 'a'), ('í', 'i'), ('ó', 'o'), ('ú', 'u'), ('Á', 'A'), ('Í', 'I'), ('Ó', 'O'), ('Ú', 'U'),
    ];

    /// <summary>The text with á í ó ú (and capitals) as a i o u; everything else as it was.</summary>
    public static string Drop(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new StringBuilder(text.Normalize(NormalizationForm.FormC));
        foreach (var (from, to) in Plain)
        {
            plain.Replace(from, to);
        }

        return plain.ToString();
    }
}
