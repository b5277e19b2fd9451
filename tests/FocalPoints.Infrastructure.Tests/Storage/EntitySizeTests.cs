using Azure.Data.Tables;
using FocalPoints.Infrastructure.Storage;

namespace FocalPoints.Infrastructure.Tests.Storage;

public sealed class EntitySizeTests
{
    [Fact]
    public void Size_follows_Azures_rules_for_keys_and_each_type()
    {
        var entity = new TableEntity("pk", "row")
        {
            ["S"] = "abc",          // 8 + 2 + (4 + 6)
            ["B"] = new byte[10],   // 8 + 2 + (4 + 10)
            ["I"] = 1,              // 8 + 2 + 4
            ["L"] = 1L,             // 8 + 2 + 8
            ["T"] = true,           // 8 + 2 + 1
            ["D"] = DateTime.UnixEpoch, // 8 + 2 + 8
            ["N"] = null,           // not stored
        };

        Assert.Equal(4 + (2 * 5) + 20 + 24 + 14 + 18 + 11 + 18, EntitySize.Of(entity));
    }

    [Fact]
    public void An_entity_Azure_would_refuse_is_refused_before_it_is_written()
    {
        var big = new TableEntity("pk", "row");
        for (int i = 0; i < 17; i++)
        {
            big[$"P{i}"] = new byte[EntitySize.MaxPropertyBytes];
        }

        Assert.Throws<EntityTooLargeException>(() => EntitySize.Checked(big));
        Assert.Throws<EntityTooLargeException>(() => EntitySize.Checked(new TableEntity("pk", "row") { ["S"] = new string('x', 33_000) }));
        Assert.Throws<EntityTooLargeException>(() => EntitySize.Checked(new TableEntity("pk", "row") { ["B"] = new byte[EntitySize.MaxPropertyBytes + 1] }));
        var many = new TableEntity("pk", "row");
        for (int i = 0; i < 253; i++)
        {
            many[$"P{i}"] = i;
        }

        Assert.Throws<EntityTooLargeException>(() => EntitySize.Checked(many));
        var fits = new TableEntity("pk", "row") { ["B"] = new byte[EntitySize.MaxPropertyBytes] };
        Assert.Same(fits, EntitySize.Checked(fits));
    }
}
