using System.Text;
using FeminaBot.Conversations.Storage;
using Microsoft.Extensions.Time.Testing;

namespace FeminaBot.Conversations.Tests.Storage;

public class MemoryStorageTests : StorageContract
{
    protected override IStorage CreateStorage() => new MemoryStorage();

    [Fact]
    public async Task An_item_not_written_for_the_retention_is_gone_and_may_be_created_again()
    {
        var clock = new FakeTimeProvider();
        var storage = new MemoryStorage(TimeSpan.FromDays(30), clock);
        var item = new Dictionary<string, StoreItem> { ["k"] = new(Encoding.UTF8.GetBytes("{}"), null) };
        await storage.WriteAsync(item, default);

        clock.Advance(TimeSpan.FromDays(29));
        Assert.Single(await storage.ReadAsync(["k"], default));
        clock.Advance(TimeSpan.FromDays(2));

        Assert.Empty(await storage.ReadAsync(["k"], default));
        await storage.WriteAsync(item, default);
    }
}
