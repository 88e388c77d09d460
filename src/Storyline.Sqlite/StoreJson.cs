using System.Text.Json.Serialization;
using Storyline.Storage;

namespace Storyline.Sqlite;

/// <summary>
/// The JSON shapes the store keeps in columns, serialized by generated code: an ingest writes tens of thousands
/// of them, and reflection-based serialization spent a fifth of a second building its metadata and emitting accessors
/// for them in every run. The output is the same as <see cref="System.Text.Json.JsonSerializer"/>'s default.
/// </summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(IReadOnlyList<StoredClaim>))]
[JsonSerializable(typeof(StoredClaim[]))]
[JsonSerializable(typeof(IReadOnlyList<StoredEvidence>))]
[JsonSerializable(typeof(StoredEvidence[]))]
[JsonSerializable(typeof(StoredTimeline.GroupRow[]))]
internal sealed partial class StoreJson : JsonSerializerContext;
