using System.Text.Json;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Testing;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Tests.Conversations;

/// <summary>
/// A conversation in Spanish: chosen by the message, by asking, by the browser's locale or by the chat
/// page's switch, kept for the conversation, and as safe as in English. Asked on Tuesday, November 24
/// 2026 at 10:00 AM in Los Angeles.
/// </summary>
public class SpanishConversationTests
{
    private static readonly string[] Botones = ["Sí", "No", "No estoy segura"];

    [Fact]
    public async Task A_first_message_in_Spanish_is_answered_in_Spanish()
    {
        await Chat()
            .UserSays("tengo el seno izquierdo bien lleno y duro desde anoche")
            .BotSays(Clinic.OnMarkdown(Es(MessageKeys.Welcome)))
            .BotSays(Es(MessageKeys.TriageStart))
            .BotAsks(Clinic.OnMarkdown(Clinic.Spanish.Emergency.Question), Botones)
            .UserSays("no")
            .BotAsks(Clinic.OnMarkdown(Clinic.Spanish.Findings[FindingIds.Redness].Question), Botones)
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task Asking_for_Spanish_goes_on_where_the_conversation_was_and_English_comes_back_the_same_way()
    {
        await Chat()
            .UserStartsWith("my left breast is so full and hard")
            .UserSays("en español por favor")
            .BotSays(Es(MessageKeys.LanguageSwitched))
            .BotAsks(Clinic.OnMarkdown(Clinic.Spanish.Emergency.Question), Botones)
            .UserSays("no")
            .BotAsks(Clinic.OnMarkdown(Clinic.Spanish.Findings[FindingIds.Redness].Question), Botones)
            .UserSays("english please")
            .BotSays(Clinic.Say(MessageKeys.LanguageSwitched))
            .BotAsksAbout(FindingIds.Redness)
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task A_browser_in_Spanish_is_greeted_in_Spanish()
    {
        var clinic = new Clinic();
        var chat = clinic.Chat();
        await chat
            .UserSends(clinic.Adapter.MakeActivity(ActivityTypes.ConversationUpdate) with { MembersAdded = [clinic.Adapter.Conversation.User!, clinic.Adapter.Conversation.Bot!], Locale = "es-MX" }, "(joins from a browser in Spanish)")
            .BotSays(Clinic.OnMarkdown(Es(MessageKeys.Welcome)))
            .BotAsks(Es(MessageKeys.Menu), "Revisar mis síntomas", "Pasos del masaje", "Oficinas y horarios")
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task The_chat_pages_switch_changes_the_language_at_once()
    {
        var clinic = new Clinic();
        var chat = clinic.Chat();
        await chat
            .UserSays("hi")
            .BotWelcomes()
            .BotOffersTheMenu()
            .UserSends(clinic.Adapter.MakeActivity(ActivityTypes.Event) with { Name = TriageBot.LanguageEvent, Value = JsonSerializer.SerializeToElement("es") }, "(switches the page to Español)")
            .BotSays(Es(MessageKeys.LanguageSwitched))
            .BotAsks(Es(MessageKeys.Menu), "Revisar mis síntomas", "Pasos del masaje", "Oficinas y horarios")
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task A_fever_in_Spanish_words_sends_her_to_her_provider_in_Spanish()
    {
        await Chat()
            .UserSays("tengo una bolita en el seno derecho y calentura de treinta y ocho y medio")
            .BotSays(Clinic.OnMarkdown(Es(MessageKeys.Welcome)))
            .BotSays(Es(MessageKeys.TriageStart))
            .BotAsks(Clinic.OnMarkdown(Clinic.Spanish.Emergency.Question), Botones)
            .UserSays("no")
            .BotSays(Clinic.Spanish.Messages.Format(MessageKeys.RouteProvider, ("signs", "La fiebre")))
            .BotSays(Es(MessageKeys.RouteProviderMeanwhile))
            .BotSays(Es(MessageKeys.RouteProviderOffices))
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task An_emergency_said_in_Spanish_in_a_conversation_in_English_still_sends_her_to_911()
    {
        await Chat()
            .UserStartsWith("my right boob has a hard lump")
            .UserSays("i am so sorry, my english... me desmayé hace rato")
            .BotSendsTo911();
    }

    [Fact]
    public async Task A_thought_of_harm_in_Spanish_gets_911_and_988_in_Spanish()
    {
        await Chat()
            .UserSays("ya no quiero vivir, mi familia estaría mejor sin mí")
            .BotSays(Clinic.OnMarkdown(Es(MessageKeys.RouteEmergency)))
            .BotSays(Clinic.OnMarkdown(Es(MessageKeys.RouteEmergencySelfHarm)));
    }

    [Fact]
    public async Task Office_hours_in_Spanish_are_given_with_Spanish_days_and_times()
    {
        await Chat()
            .UserSays("a que hora abren en pasadena el lunes?")
            .BotSays(Clinic.OnMarkdown("El lunes 30 de noviembre:\nPasadena: 7:00 a. m. – 6:00 p. m."))
            .BotSaysNothingMore();
    }

    private static ConversationTest Chat() => new Clinic().Chat();

    private static string Es(string key) => Clinic.Spanish.Messages[key];
}
