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
    public void JsonStringList_writes_any_string_list_as_the_default_serializer_does()
        => Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), items =>
        {
            var list = (items ?? []).Select(s => s ?? "").ToArray();
            return JsonStringList.Write(list) == System.Text.Json.JsonSerializer.Serialize<IReadOnlyList<string>>(list);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void JsonStringList_writes_printable_ascii_lists_as_the_default_serializer_does()
        => Prop.ForAll(Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0x1F, 0x7F).Select(c => (char)c)).Select(cs => new string(cs))).ToArbitrary(), list =>
            JsonStringList.Write(list) == System.Text.Json.JsonSerializer.Serialize<IReadOnlyList<string>>(list))
        .QuickCheckThrowOnFailure();

    [Fact]
    public void JsonStringList_escapes_what_the_default_serializer_escapes()
    {
        string[] list = ["e1", "Ada \"Lovelace\"", "a\\b", "<b>&'+`", "é", "tab\t", ""];
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(list), JsonStringList.Write(list));
        Assert.Equal("[]", JsonStringList.Write([]));
        Assert.Equal("[\"a\",\"\",\"b c\"]", JsonStringList.Write(["a", "", "b c"]));
    }

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
