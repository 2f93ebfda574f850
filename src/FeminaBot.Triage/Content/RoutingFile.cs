using YamlDotNet.RepresentationModel;

namespace FeminaBot.Triage.Content;

/// <summary>Reads dialogs/routing.yaml and checks every finding it names exists.</summary>
internal static class RoutingFile
{
    public static RoutingRules Load(YamlFile file, IEnumerable<string> knownFindings)
    {
        var asked = knownFindings.ToHashSet(StringComparer.Ordinal);
        var known = asked.Concat(FindingIds.Told).ToHashSet(StringComparer.Ordinal);
        var temperature = file.Map(file.Required(file.Root, "temperature"), "'temperature'");
        var fever = file.Map(file.Required(temperature, "fever"), "'fever'");
        var emergency = file.Map(file.Required(temperature, "emergency"), "'emergency'");
        var rules = new TemperatureRules(
            file.Number(file.Required(fever, "fahrenheit"), "the fever threshold in F"),
            file.Number(file.Required(fever, "celsius"), "the fever threshold in C"),
            file.Number(file.Required(emergency, "fahrenheit"), "the emergency threshold in F"),
            file.Number(file.Required(emergency, "celsius"), "the emergency threshold in C"),
            Range(file, temperature, "bareCelsius"),
            Range(file, temperature, "bareFahrenheit"));

        IReadOnlyList<string>? provider = null, tbml = null;
        var seen = new List<Route>();
        foreach (var item in file.Sequence(file.Required(file.Root, "routes"), "'routes'").Children)
        {
            var map = file.Map(item, "a route");
            var routeNode = file.Required(map, "route");
            if (!Enum.TryParse<Route>(file.Text(routeNode, "'route'"), ignoreCase: true, out var route))
            {
                throw file.Error(routeNode, $"unknown route '{file.Text(routeNode, "'route'")}'; the routes are emergency, provider, tbml and clinic.");
            }

            seen.Add(route);
            if (route is Route.Provider or Route.Tbml)
            {
                var signs = Signs(file, file.Required(map, "anyOf"), known, $"the {route.ToString().ToLowerInvariant()} route");
                (route == Route.Provider ? ref provider : ref tbml) = signs;
            }
        }

        // The order is clinical logic, not wording: it may not be changed here.
        if (!seen.SequenceEqual([Route.Emergency, Route.Provider, Route.Tbml, Route.Clinic]))
        {
            throw file.Error(file.Required(file.Root, "routes"), "the routes must be emergency, provider, tbml and clinic, in that order (docs/clinical-rules.md).");
        }

        var askOrder = Signs(file, file.Required(file.Root, "askOrder"), asked, "'askOrder'");
        var missing = asked.Except(askOrder).ToList();
        if (missing.Count > 0)
        {
            throw file.Error(file.Required(file.Root, "askOrder"), $"'askOrder' leaves out {string.Join(", ", missing)}.");
        }

        var unsure = Signs(file, file.Required(file.Root, "unsureCountsAsYes"), known.Append(FindingIds.Emergency).ToHashSet(StringComparer.Ordinal), "'unsureCountsAsYes'");
        return new RoutingRules(rules, provider!, tbml!, askOrder, unsure.ToHashSet(StringComparer.Ordinal));
    }

    private static List<string> Signs(YamlFile file, YamlNode node, HashSet<string> known, string what)
    {
        var list = new List<string>();
        foreach (var item in file.Sequence(node, what).Children)
        {
            var id = file.Text(item, $"an item of {what}");
            list.Add(known.Contains(id) ? id : throw file.Error(item, $"unknown finding '{id}' in {what}."));
        }

        return list;
    }

    private static (double, double) Range(YamlFile file, YamlMappingNode temperature, string key)
    {
        var map = file.Map(file.Required(temperature, key), $"'{key}'");
        var from = file.Number(file.Required(map, "from"), $"'{key}.from'");
        var to = file.Number(file.Required(map, "to"), $"'{key}.to'");
        return from < to ? (from, to) : throw file.Error(map, $"'{key}' should go from a lower number to a higher one.");
    }
}
