using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace FeminaBot.Conversations.State;

/// <summary>
/// One state document as a turn sees it: the stored JSON, its ETag, and the properties the turn
/// has read or set as objects. Saving writes it back only if the JSON came out different.
/// </summary>
internal sealed class CachedState
{
    private readonly Dictionary<string, JsonElement> _stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (object? Value, JsonTypeInfo Info)> _live = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private byte[]? _storedJson;

    public CachedState(string key, byte[]? storedJson, string? etag)
    {
        Key = key;
        Load(storedJson, etag);
    }

    public string Key { get; }

    public string? ETag { get; private set; }

    /// <summary>Set when the document was deleted this turn: nothing of this turn is written back.</summary>
    public bool Deleted { get; private set; }

    public bool TryGet<T>(string name, JsonTypeInfo<T> info, out T? value)
    {
        if (_live.TryGetValue(name, out var live))
        {
            value = (T?)live.Value;
            return true;
        }

        if (!_removed.Contains(name) && _stored.TryGetValue(name, out var element))
        {
            value = element.Deserialize(info);
            _live[name] = (value, info);
            return true;
        }

        value = default;
        return false;
    }

    public void Set<T>(string name, T value, JsonTypeInfo<T> info)
    {
        _removed.Remove(name);
        _live[name] = (value, info);
    }

    public void Remove(string name)
    {
        _live.Remove(name);
        _removed.Add(name);
    }

    public void Clear()
    {
        foreach (var name in _stored.Keys.Concat(_live.Keys).ToList())
        {
            Remove(name);
        }
    }

    public void MarkDeleted()
    {
        Clear();
        Deleted = true;
        Load(null, null);
    }

    /// <summary>The document to write, or null when nothing changed since it was read.</summary>
    public byte[]? PendingWrite()
    {
        if (Deleted)
        {
            return null;
        }

        var json = Serialize();
        var unchanged = _storedJson is null
            ? json.Length <= 2
            : json.AsSpan().SequenceEqual(_storedJson);
        return unchanged ? null : json;
    }

    /// <summary>
    /// Takes what was just written as the baseline for later changes. The live objects already hold
    /// everything that changed, so the written JSON need not be read again.
    /// </summary>
    public void Accept(byte[] writtenJson, string etag)
    {
        _storedJson = writtenJson;
        ETag = etag;
    }

    private void Load(byte[]? storedJson, string? etag)
    {
        _storedJson = storedJson;
        ETag = etag;
        _stored.Clear();
        _removed.Clear();
        if (storedJson is null)
        {
            return;
        }

        // One copy of the whole document that needs no disposal, rather than a copy per property.
        var reader = new Utf8JsonReader(storedJson);
        var root = JsonElement.ParseValue(ref reader);
        foreach (var property in root.EnumerateObject())
        {
            _stored[property.Name] = property.Value;
        }
    }

    // Serializing runs start to end on one thread, so each thread keeps one buffer and one writer
    // instead of growing new ones for every state of every turn.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _threadBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _threadWriter;

    private byte[] Serialize()
    {
        var buffer = _threadBuffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = _threadWriter ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        {
            writer.WriteStartObject();
            // Stored properties keep their order, so an unchanged document serializes to the same bytes.
            foreach (var (name, element) in _stored)
            {
                if (_removed.Contains(name))
                {
                    continue;
                }

                writer.WritePropertyName(name);
                if (_live.TryGetValue(name, out var live))
                {
                    JsonSerializer.Serialize(writer, live.Value, live.Info);
                }
                else
                {
                    element.WriteTo(writer);
                }
            }

            foreach (var (name, (value, info)) in _live)
            {
                if (!_stored.ContainsKey(name))
                {
                    writer.WritePropertyName(name);
                    JsonSerializer.Serialize(writer, value, info);
                }
            }

            writer.WriteEndObject();
            writer.Flush();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
