using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Storyline.Web.Api;

/// <summary>The OpenAPI 3.1 description of the API, at <c>/openapi.json</c> and <c>/api/openapi.json</c>.</summary>
internal static class OpenApiDocument
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/openapi.json", () => Results.Text(Json, "application/json; charset=utf-8"));
        app.MapGet("/api/openapi.json", () => Results.Text(Json, "application/json; charset=utf-8"));
    }

    /// <summary>The paths the document describes; a test checks every one is served.</summary>
    public static readonly string[] Paths =
    [
        "/api/storylines", "/api/storylines/{id}", "/api/events", "/api/events/{id}", "/api/articles", "/api/articles/{id}",
        "/api/search", "/api/entities", "/api/quotes", "/api/conflicts",
    ];

    public const string Json = """
        {
          "openapi": "3.1.0",
          "info": { "title": "Storyline API", "version": "1",
            "description": "Read-only JSON over a Storyline store: events, storylines, articles, search, entities, quotes and conflicts. Lists are paged with offset and limit. Ids may contain slashes; send them as path segments. Lists of analyses that the store has not computed yet come back empty with computed=false." },
          "paths": {
            "/api/storylines": { "get": { "summary": "Storylines", "parameters": [ { "$ref": "#/components/parameters/offset" }, { "$ref": "#/components/parameters/limit" } ],
              "responses": { "200": { "description": "A page of storylines", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/StorylinePage" } } } }, "400": { "$ref": "#/components/responses/BadRequest" } } } },
            "/api/storylines/{id}": { "get": { "summary": "One storyline with its timeline and events", "parameters": [ { "$ref": "#/components/parameters/id" } ],
              "responses": { "200": { "description": "The storyline", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/StorylineDetail" } } } }, "404": { "$ref": "#/components/responses/NotFound" } } } },
            "/api/events": { "get": { "summary": "Events, largest first", "parameters": [ { "$ref": "#/components/parameters/offset" }, { "$ref": "#/components/parameters/limit" } ],
              "responses": { "200": { "description": "A page of events", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/EventPage" } } } }, "400": { "$ref": "#/components/responses/BadRequest" } } } },
            "/api/events/{id}": { "get": { "summary": "One event: a page of its articles, their relations, shared quotes and conflicts",
              "parameters": [ { "$ref": "#/components/parameters/id" }, { "$ref": "#/components/parameters/offset" }, { "$ref": "#/components/parameters/limit" } ],
              "responses": { "200": { "description": "The event", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/EventDetail" } } } }, "404": { "$ref": "#/components/responses/NotFound" } } } },
            "/api/articles": { "post": { "summary": "Ingest articles (only when the server runs with --allow-ingest)",
              "description": "The same reader and validation as 'storyline ingest': JSON Lines, or one article in the seed text format with ?id=.",
              "parameters": [ { "name": "id", "in": "query", "required": false, "schema": { "type": "string" }, "description": "Article id for a text/plain body" } ],
              "requestBody": { "required": true, "content": { "application/x-ndjson": { "schema": { "type": "string" } }, "text/plain": { "schema": { "type": "string" } } } },
              "responses": { "200": { "description": "What was stored", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/IngestResult" } } } },
                "403": { "$ref": "#/components/responses/Error" }, "413": { "$ref": "#/components/responses/Error" }, "415": { "$ref": "#/components/responses/Error" },
                "422": { "description": "Nothing could be read", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/IngestResult" } } } } } } },
            "/api/articles/{id}": { "get": { "summary": "One article with its body, events, relations, dates and (when computed) entities and quotes", "parameters": [ { "$ref": "#/components/parameters/id" } ],
              "responses": { "200": { "description": "The article", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ArticleDetail" } } } }, "404": { "$ref": "#/components/responses/NotFound" } } } },
            "/api/search": { "get": { "summary": "Full-text search, BM25-ranked, hits in [brackets]",
              "parameters": [ { "name": "q", "in": "query", "required": true, "schema": { "type": "string", "maxLength": 500 } }, { "$ref": "#/components/parameters/offset" }, { "$ref": "#/components/parameters/limit" } ],
              "responses": { "200": { "description": "A page of hits; total counts the hits up to one past this page", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SearchPage" } } } }, "400": { "$ref": "#/components/responses/BadRequest" } } } },
            "/api/entities": { "get": { "summary": "Entities", "parameters": [ { "$ref": "#/components/parameters/offset" }, { "$ref": "#/components/parameters/limit" } ],
              "responses": { "200": { "description": "A page of entities, each with its article count and its first 50 articles", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Page" } } } } } } },
            "/api/quotes": { "get": { "summary": "Quotes matched across articles", "parameters": [ { "$ref": "#/components/parameters/offset" }, { "$ref": "#/components/parameters/limit" } ],
              "responses": { "200": { "description": "A page of quotes", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Page" } } } } } } },
            "/api/conflicts": { "get": { "summary": "Conflicts and corrections between articles", "parameters": [ { "$ref": "#/components/parameters/offset" }, { "$ref": "#/components/parameters/limit" } ],
              "responses": { "200": { "description": "A page of conflicts", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Page" } } } } } } }
          },
          "components": {
            "parameters": {
              "id": { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } },
              "offset": { "name": "offset", "in": "query", "schema": { "type": "integer", "minimum": 0, "default": 0 } },
              "limit": { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 500, "default": 50 } }
            },
            "responses": {
              "BadRequest": { "description": "A parameter is out of range", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
              "NotFound": { "description": "No such item", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
              "Error": { "description": "The request was refused", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            },
            "schemas": {
              "Error": { "type": "object", "required": ["error"], "properties": { "error": { "type": "string" } } },
              "Page": { "type": "object", "required": ["total", "offset", "limit", "items", "computed"], "properties": {
                "total": { "type": "integer" }, "offset": { "type": "integer" }, "limit": { "type": "integer" }, "items": { "type": "array", "items": {} },
                "computed": { "type": "boolean" }, "note": { "type": ["string", "null"] } } },
              "StorylinePage": { "allOf": [ { "$ref": "#/components/schemas/Page" }, { "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/StorylineSummary" } } } } ] },
              "StorylineSummary": { "type": "object", "properties": { "id": { "type": "string" }, "title": { "type": "string" }, "entities": { "type": "array", "items": { "type": "string" } },
                "events": { "type": "array", "items": { "type": "string" } }, "factCount": { "type": "integer" }, "start": { "type": "string", "nullable": true }, "end": { "type": "string", "nullable": true } } },
              "EventPage": { "allOf": [ { "$ref": "#/components/schemas/Page" }, { "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/EventSummary" } } } } ] },
              "SearchPage": { "allOf": [ { "$ref": "#/components/schemas/Page" }, { "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/SearchHit" } } } } ] },
              "Storyline": { "type": "object", "properties": { "id": { "type": "string" }, "title": { "type": "string" }, "entities": { "type": "array", "items": { "type": "string" } },
                "events": { "type": "array", "items": { "type": "string" } },
                "timeline": { "type": "array", "items": { "type": "object", "properties": { "date": { "type": "string" }, "text": { "type": "string" }, "articles": { "type": "array", "items": { "type": "string" } } } } } } },
              "StorylineDetail": { "type": "object", "properties": { "storyline": { "$ref": "#/components/schemas/Storyline" }, "events": { "type": "array", "items": { "$ref": "#/components/schemas/EventSummary" } } } },
              "EventSummary": { "type": "object", "properties": { "id": { "type": "string" }, "title": { "type": ["string", "null"] }, "start": { "type": ["string", "null"] }, "end": { "type": ["string", "null"] },
                "articleCount": { "type": "integer" }, "articles": { "type": "array", "items": { "type": "string" } } } },
              "EventDetail": { "type": "object", "properties": { "event": { "$ref": "#/components/schemas/EventSummary" }, "articles": { "$ref": "#/components/schemas/Page" },
                "relations": { "type": "array", "items": { "$ref": "#/components/schemas/Relation" } }, "storylines": { "type": "array", "items": { "type": "string" } },
                "sharedQuotes": { "type": ["array", "null"] }, "conflicts": { "type": ["array", "null"] } } },
              "Relation": { "type": "object", "properties": { "a": { "type": "string" }, "b": { "type": "string" },
                "relation": { "enum": ["duplicate", "near-duplicate", "same-event", "follow-up"] }, "similarity": { "type": "number" } } },
              "ArticleSummary": { "type": "object", "properties": { "id": { "type": "string" }, "title": { "type": ["string", "null"] }, "dek": { "type": ["string", "null"] },
                "source": { "type": ["string", "null"] }, "url": { "type": ["string", "null"] }, "published": { "type": ["string", "null"] },
                "publishedBasis": { "enum": ["header", "metadata", "text", "inferred", null] }, "contentHash": { "type": "string" } } },
              "MarkedSpan": { "type": "object", "properties": { "start": { "type": "integer" }, "length": { "type": "integer" }, "text": { "type": "string" }, "kind": { "type": "string" }, "value": { "type": "string" } } },
              "ArticleDetail": { "type": "object", "properties": { "article": { "$ref": "#/components/schemas/ArticleSummary" }, "body": { "type": "string" },
                "events": { "type": "array", "items": { "type": "string" } }, "relations": { "type": "array", "items": { "$ref": "#/components/schemas/Relation" } },
                "dates": { "type": "array", "items": { "$ref": "#/components/schemas/MarkedSpan" } }, "entities": { "type": ["array", "null"] }, "quotes": { "type": ["array", "null"] } } },
              "SearchHit": { "type": "object", "properties": { "id": { "type": "string" }, "title": { "type": ["string", "null"] }, "snippet": { "type": "string" }, "score": { "type": "number" } } },
              "IngestResult": { "type": "object", "properties": { "read": { "type": "integer" }, "new": { "type": "integer" }, "unchanged": { "type": "integer" }, "updated": { "type": "integer" },
                "duplicates": { "type": "integer" }, "skipped": { "type": "array", "items": { "type": "object", "properties": { "origin": { "type": "string" }, "reason": { "type": "string" } } } },
                "notes": { "type": "array", "items": { "type": "string" } }, "events": { "type": "integer" } } }
            }
          }
        }
        """;
}
