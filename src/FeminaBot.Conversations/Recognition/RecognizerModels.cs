using System.Collections.Concurrent;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace FeminaBot.Conversations.Recognition;

/// <summary>
/// The Microsoft.Recognizers.Text models, one per culture for the life of the process. The library's
/// static helpers build a new recognizer (and its table of model factories) on every call, which
/// was a measurable share of what a turn allocates; the models themselves are shared and stateless.
/// </summary>
public static class RecognizerModels
{
    private static readonly ConcurrentDictionary<string, IModel> NumberModels = new(System.StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IModel> OrdinalModels = new(System.StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IModel> TemperatureModels = new(System.StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, DateTimeModel> DateTimeModels = new(System.StringComparer.Ordinal);

    /// <summary>Numbers ("2", "two", "2.5").</summary>
    public static List<ModelResult> Numbers(string text, string culture) =>
        NumberModels.GetOrAdd(culture, static c => new NumberRecognizer(c).GetNumberModel(c)).Parse(text);

    /// <summary>Ordinals ("first", "2nd").</summary>
    public static List<ModelResult> Ordinals(string text, string culture) =>
        OrdinalModels.GetOrAdd(culture, static c => new NumberRecognizer(c).GetOrdinalModel(c)).Parse(text);

    /// <summary>Temperatures with or without a unit ("101.2 F", "38 degrees").</summary>
    public static List<ModelResult> Temperatures(string text, string culture) =>
        TemperatureModels.GetOrAdd(culture, static c => new NumberWithUnitRecognizer(c).GetTemperatureModel(c)).Parse(text);

    /// <summary>Dates and times, relative ones read against <paramref name="reference"/>.</summary>
    public static List<ModelResult> DateTimes(string text, string culture, DateTime reference) =>
        DateTimeModels.GetOrAdd(culture, static c => (DateTimeModel)new DateTimeRecognizer(c).GetDateTimeModel(c)).Parse(text, reference);
}
