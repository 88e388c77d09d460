using FsCheck;
using FsCheck.Fluent;
using Storyline.Sqlite;
using Storyline.Storage;

namespace Storyline.Tests.Sqlite;

public class StoreJsonTests
{
    [Fact]
    public void StoreJson_writes_any_string_list_as_the_default_serializer_does()
        => Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), items =>
        {
            var list = (items ?? []).Select(s => s ?? "").ToArray();
            return System.Text.Json.JsonSerializer.Serialize<IReadOnlyList<string>>(list, StoreJson.Default.IReadOnlyListString)
                == System.Text.Json.JsonSerializer.Serialize<IReadOnlyList<string>>(list);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void StoreJson_writes_claims_with_escapes_and_nulls_as_the_default_serializer_does()
    {
        IReadOnlyList<StoredClaim> claims =
        [
            new("Chrissy Teigen", "age", "35", "2021-09-29", "002", "Teigen, 35, wrote: \"To our Jack…\" <b> & 'é' \u0001"),
            new("Seacom", "employees", "12", null, "003", "line\nbreak\ttab"),
        ];
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(claims), System.Text.Json.JsonSerializer.Serialize(claims, StoreJson.Default.IReadOnlyListStoredClaim));
    }
}
