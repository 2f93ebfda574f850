namespace FeminaBot.Twilio;

/// <summary>Phone numbers as logs may show them: the last two digits only.</summary>
public static class PhoneMask
{
    /// <summary><c>+1••••••••67</c> for <c>+14155551267</c>.</summary>
    public static string Of(string? number) =>
        string.IsNullOrEmpty(number) || number.Length <= 2
            ? "••"
            : new string('•', number.Length - 2) + number[^2..];
}
