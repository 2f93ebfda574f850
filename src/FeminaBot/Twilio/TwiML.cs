using System.Xml.Linq;

namespace FeminaBot.Twilio;

/// <summary>TwiML answers to a messaging webhook: one <c>&lt;Message&gt;</c> per text, or none.</summary>
internal static class TwiML
{
    public static IResult Messages(IEnumerable<string> texts)
    {
        var response = new XElement("Response", texts.Select(text => new XElement("Message", text)));
        var xml = new XDocument(new XDeclaration("1.0", "UTF-8", null), response);
        return Results.Text($"{xml.Declaration}{xml.Root}", "text/xml");
    }

    /// <summary>An answer that sends nothing; Twilio logs an empty 200 without XML as an error.</summary>
    public static IResult Empty() => Messages([]);
}
