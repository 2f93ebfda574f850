using FeminaBot.Conversations.Dialogs.Choices;

namespace FeminaBot.Triage.Content;

/// <summary>
/// The buttons the bot shows and the other words that pick them, from dialogs/choices.yaml. Each list
/// is in a fixed order, so a recognized choice's index says which button it is.
/// </summary>
/// <param name="Answers">Every triage question's buttons: yes, no, not sure.</param>
/// <param name="Menu">The menu: check my symptoms, massage steps, offices and hours.</param>
/// <param name="ReadBack">Before coaching: that's right, let me fix it.</param>
/// <param name="Sides">Which breast: left, right, both.</param>
/// <param name="Navigation">Under every massage step: next, repeat, back, stop.</param>
/// <param name="CheckInOffer">After the coaching and the clinic's route: yes, check in; no, thanks.</param>
/// <param name="CheckIn">The check-in's question: better, the same, worse.</param>
/// <param name="Acknowledgements">Single words that acknowledge a question without answering it ("ok", "thanks").</param>
/// <param name="Hurts">Single words that say a massage step hurts; the coaching then says to ease off.</param>
public sealed record ChoiceLists(
    IReadOnlyList<Choice> Answers,
    IReadOnlyList<Choice> Menu,
    IReadOnlyList<Choice> ReadBack,
    IReadOnlyList<Choice> Sides,
    IReadOnlyList<Choice> Navigation,
    IReadOnlyList<Choice> CheckInOffer,
    IReadOnlyList<Choice> CheckIn,
    IReadOnlySet<string> Acknowledgements,
    IReadOnlySet<string> Hurts);
