package dev.wecruit.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ChartOptionsTest {

    @Test
    void bars_put_the_categories_on_the_x_axis_and_each_series_in_order() {
        JsonNode json = ChartOptions.of("Placements per month", List.of("Jan", "Feb"))
                .bars("Placements", List.of(3, 5)).toJson();

        assertThat(json.get("xAxis").get("type").asString()).isEqualTo("category");
        assertThat(json.get("xAxis").get("data").toString()).isEqualTo("[\"Jan\",\"Feb\"]");
        assertThat(json.get("yAxis").get("type").asString()).isEqualTo("value");
        assertThat(json.get("series")).hasSize(1);
        assertThat(json.get("series").get(0).get("type").asString()).isEqualTo("bar");
        assertThat(json.get("series").get(0).get("data").toString()).isEqualTo("[3,5]");
        assertThat(json.get("aria").get("enabled").asBoolean()).isTrue();
        assertThat(json.get("aria").get("label").get("description").asString()).isEqualTo("Placements per month");
        assertThat(json.has("legend")).isFalse();
    }

    @Test
    void a_horizontal_chart_lists_the_categories_top_down_and_several_series_get_a_legend_and_a_stack() {
        JsonNode json = ChartOptions.of("Funnel", List.of("Sourced", "Screening")).horizontal().stacked()
                .bars("Now", List.of(5, 4)).line("Before", Arrays.asList(2.5, null)).valueFormat("{value} d")
                .toJson();

        assertThat(json.get("yAxis").get("type").asString()).isEqualTo("category");
        assertThat(json.get("yAxis").get("inverse").asBoolean()).isTrue();
        assertThat(json.get("xAxis").get("axisLabel").get("formatter").asString()).isEqualTo("{value} d");
        assertThat(json.has("legend")).isTrue();
        assertThat(json.get("series").get(0).get("stack").asString()).isEqualTo("total");
        assertThat(json.get("series").get(1).get("type").asString()).isEqualTo("line");
        assertThat(json.get("series").get(1).has("stack")).isFalse();
        assertThat(json.get("series").get(1).get("data").toString()).isEqualTo("[2.5,null]");
    }

    @Test
    void links_name_the_records_behind_each_category_and_make_the_bars_clickable() {
        ChartOptions options = ChartOptions.of("Sources", List.of("LinkedIn", "Referral"))
                .bars("Placements", List.of(1, 0)).links(Arrays.asList("candidates?job=1", null));

        assertThat(options.link(0)).contains("candidates?job=1");
        assertThat(options.link(1)).isEmpty();
        assertThat(options.link(7)).isEmpty();
        assertThat(options.toJson().get("series").get(0).get("cursor").asString()).isEqualTo("pointer");
    }

    @Test
    void a_series_or_links_of_another_length_than_the_categories_are_refused() {
        ChartOptions options = ChartOptions.of("Funnel", List.of("Sourced", "Screening"));

        assertThatThrownBy(() -> options.bars("Now", List.of(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.links(List.of("a"))).isInstanceOf(IllegalArgumentException.class);
    }
}
