using System.Globalization;

namespace FeminaBot.Triage.Recognition;

/// <summary>
/// A temperature the person gave, in Fahrenheit whatever scale they used, how they wrote it, where it
/// was taken if she said, and whether it was earlier ("was 101 last night"): any fever since this
/// began counts, so the time is kept for what the bot says, not for the route.
/// </summary>
public sealed record TemperatureReading(double Fahrenheit, string AsGiven, bool IsCelsius = false, string? Site = null, bool Earlier = false)
{
    /// <summary>From Celsius.</summary>
    public static TemperatureReading FromCelsius(double celsius) =>
        new(Math.Round(celsius * 9 / 5 + 32, 1), string.Create(CultureInfo.InvariantCulture, $"{celsius:0.#} °C"), true);

    /// <summary>From Fahrenheit.</summary>
    public static TemperatureReading FromFahrenheit(double fahrenheit) =>
        new(fahrenheit, string.Create(CultureInfo.InvariantCulture, $"{fahrenheit:0.#} °F"));
}
