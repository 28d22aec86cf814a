using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Saas.Domain.Rfm;

namespace Saas.Domain.Tests.Rfm;

/// <summary>The server stores and serves these with camelCase names and enums as strings.</summary>
public sealed class RfmSettingsJsonTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void Settings_survive_a_round_trip()
    {
        var settings = RfmSettings.DefaultFor(7) with { Names = new Dictionary<Segment, string> { [Segment.Champions] = "VIP" } };

        var copy = JsonSerializer.Deserialize<RfmSettings>(JsonSerializer.Serialize(settings, Json), Json)!;

        Assert.Equal(settings.Levels, copy.Levels);
        Assert.Equal(settings.Rules, copy.Rules);
        Assert.Equal(settings.Names, copy.Names);
        Assert.Empty(copy.Validate());
    }

    [Fact]
    public void Settings_are_written_with_camel_case_names_and_segment_names()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(RfmSettings.Default, Json))!;

        Assert.Equal(5, json["levels"]!.GetValue<int>());
        Assert.Equal("""{"segment":"Champions","rMin":5,"rMax":5,"fmMin":4,"fmMax":5}""", json["rules"]![0]!.ToJsonString());
        Assert.Equal("Potential Loyalist", json["names"]!["PotentialLoyalist"]!.GetValue<string>());
    }

    [Fact]
    public void Settings_are_read_from_a_clients_json()
    {
        var settings = JsonSerializer.Deserialize<RfmSettings>("""
            {"levels":3,"rules":[{"segment":"champions","rMin":2,"rMax":3,"fmMin":1,"fmMax":3},{"segment":"Lost","rMin":1,"rMax":1,"fmMin":1,"fmMax":3}],
             "names":{"Champions":"Best"}}
            """, Json)!;

        Assert.Empty(settings.Validate());
        Assert.Equal(Segment.Champions, settings.SegmentOf(new RfmScore(2, 1, 1)));
        Assert.Equal("Best", settings.NameOf(Segment.Champions));
    }

    [Fact]
    public void Thresholds_survive_a_round_trip_and_their_levels_follow_the_cut_points()
    {
        var thresholds = RfmThresholds.DefaultFor(4);

        var strict = new JsonSerializerOptions(Json) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

        var json = JsonSerializer.Serialize(thresholds, Json);
        var copy = JsonSerializer.Deserialize<RfmThresholds>(json, strict)!;

        Assert.Equal(4, JsonNode.Parse(json)!["levels"]!.GetValue<int>());
        Assert.Equal(4, copy.Levels);
        Assert.Equal(thresholds.RecencyDays, copy.RecencyDays);
        Assert.Equal(thresholds.Frequency, copy.Frequency);
        Assert.Equal(thresholds.Monetary, copy.Monetary);
    }
}
