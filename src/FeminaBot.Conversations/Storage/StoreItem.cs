namespace FeminaBot.Conversations.Storage;

/// <summary>A stored document: its UTF-8 JSON and its ETag (on a write, the ETag expected in the store).</summary>
public sealed record StoreItem(ReadOnlyMemory<byte> Json, string? ETag);
