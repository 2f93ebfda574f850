using FeminaBot.Conversations.Storage;

namespace FeminaBot.Conversations.Tests.Storage;

public class MemoryStorageTests : StorageContract
{
    protected override IStorage CreateStorage() => new MemoryStorage();
}
