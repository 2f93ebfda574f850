using FeminaBot.Conversations.Testing;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Tests.Conversations;

/// <summary>
/// A short message after an office answer means the question before: "and bev hills?", "what's
/// their number", "what about friday?". Asked on Tuesday, November 24 2026 at 10:00 AM in Los Angeles.
/// </summary>
public class OfficeFollowUpTests
{
    [Fact]
    public async Task Another_office_for_the_same_question()
    {
        await Chat()
            .UserSays("is pasadena open friday")
            .BotSays(Clinic.OnMarkdown("On Friday, November 27:\nPasadena: by appointment: call (818) 873-1403"))
            .UserSays("and bev hills?")
            .BotSays(Clinic.OnMarkdown("On Friday, November 27:\nBeverly Hills: 7:00 AM – 6:00 PM"))
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task Their_number_is_the_number_of_the_office_just_asked_about()
    {
        await Chat()
            .UserSays("where is the sherman oaks office")
            .BotSays("Sherman Oaks: 13425 Ventura Blvd. Suite 200, Sherman Oaks, CA 91423")
            .UserSays("thanks. whats their number")
            .BotSays(Clinic.OnMarkdown("Sherman Oaks: (818) 877-6910"))
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task Another_day_for_the_same_office()
    {
        await Chat()
            .UserSays("beverly hills hours thursday")
            .BotSays(Clinic.OnMarkdown("On Thursday, November 26:\nBeverly Hills: 2:00 PM – 6:00 PM"))
            .UserSays("what about friday?")
            .BotSays(Clinic.OnMarkdown("On Friday, November 27:\nBeverly Hills: 7:00 AM – 6:00 PM"))
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task Open_now_followed_up_later_is_still_about_now()
    {
        var clinic = new Clinic();
        await clinic.Chat()
            .UserJoins()
            .BotWelcomes()
            .BotOffersTheMenu()
            .UserSays("is pasadena open")
            .BotSays("Pasadena is open now, until 4:00 PM.")
            .Then(() =>
            {
                clinic.Clock.Advance(TimeSpan.FromHours(8.5));
                return Task.CompletedTask;
            })
            .UserSays("and sherman oaks?")
            .BotSays("Sherman Oaks is closed right now. It next opens Wednesday at 7:00 AM.")
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task Another_day_with_no_office_asked_before_is_not_an_office_question()
    {
        await new Clinic().Chat()
            .UserJoins()
            .BotWelcomes()
            .BotOffersTheMenu()
            .UserSays("what about friday?")
            .BotSays(Clinic.OnMarkdown(Clinic.Say(MessageKeys.Fallback)))
            .BotOffersTheMenu();
    }

    private static ConversationTest Chat() => new Clinic().Chat().UserJoins().BotWelcomes().BotOffersTheMenu();
}
