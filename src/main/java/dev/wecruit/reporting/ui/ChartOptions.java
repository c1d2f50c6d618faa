package dev.wecruit.reporting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an {@link EChart} draws: categories along one axis, one or more series of numbers, and for each category the
 * address of the records behind it. Built in Java, turned into ECharts' option object by {@link #toJson()}, and into
 * the table that stands beside the chart for screen readers.
 */
public final class ChartOptions {

    /** How a series is drawn. */
    public enum Kind {
        BAR("bar"),
        LINE("line");

        private final String echarts;

        Kind(String echarts) {
            this.echarts = echarts;
        }
    }

    /** One named row of values, one per category. */
    public record Series(String name, Kind kind, List<? extends Number> values) {

        public Series {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    private final String title;
    private final List<String> categories;
    private final List<Series> series = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final java.util.Map<Integer, List<String>> seriesLinks = new java.util.HashMap<>();
    private boolean horizontal;
    private boolean stacked;
    private String valueFormat;

    private ChartOptions(String title, List<String> categories) {
        this.title = Objects.requireNonNull(title);
        this.categories = List.copyOf(categories);
    }

    /** A chart titled so (its accessible name), over these categories. */
    public static ChartOptions of(String title, List<String> categories) {
        return new ChartOptions(title, categories);
    }

    public ChartOptions bars(String name, List<? extends Number> values) {
        return add(new Series(name, Kind.BAR, values));
    }

    public ChartOptions line(String name, List<? extends Number> values) {
        return add(new Series(name, Kind.LINE, values));
    }

    private ChartOptions add(Series added) {
        if (added.values().size() != categories.size()) {
            throw new IllegalArgumentException("Series " + added.name() + " has " + added.values().size()
                    + " values for " + categories.size() + " categories");
        }
        series.add(added);
        return this;
    }

    /** Categories down the side and bars across: a funnel, a ranking. */
    public ChartOptions horizontal() {
        this.horizontal = true;
        return this;
    }

    /** Bars of the series on top of one another. */
    public ChartOptions stacked() {
        this.stacked = true;
        return this;
    }

    /** How the tooltip and axis write a value, in ECharts' template: "{value} days". */
    public ChartOptions valueFormat(String format) {
        this.valueFormat = format;
        return this;
    }

    /** Where each category's records are: an address in the app (with its query), or null for none. */
    public ChartOptions links(List<String> addresses) {
        if (addresses.size() != categories.size()) {
            throw new IllegalArgumentException(addresses.size() + " links for " + categories.size() + " categories");
        }
        links.clear();
        links.addAll(addresses);
        return this;
    }

    /**
     * Where each of the last added series' values has its records, when they differ from its category's (two series
     * counting different records): an address per category, or null to fall back to the category's.
     */
    public ChartOptions seriesLinks(List<String> addresses) {
        if (series.isEmpty()) {
            throw new IllegalStateException("No series to link yet");
        }
        if (addresses.size() != categories.size()) {
            throw new IllegalArgumentException(addresses.size() + " links for " + categories.size() + " categories");
        }
        seriesLinks.put(series.size() - 1, java.util.Collections.unmodifiableList(new ArrayList<>(addresses)));
        return this;
    }

    public String title() {
        return title;
    }

    public List<String> categories() {
        return categories;
    }

    public List<Series> series() {
        return List.copyOf(series);
    }

    /** The address of the records behind the category, if it has one. */
    public java.util.Optional<String> link(int category) {
        return category >= 0 && category < links.size() ? java.util.Optional.ofNullable(links.get(category))
                : java.util.Optional.empty();
    }

    /** The address of the records behind one series' value in the category: its own, or else the category's. */
    public java.util.Optional<String> link(int seriesIndex, int category) {
        List<String> own = seriesLinks.get(seriesIndex);
        if (own != null && category >= 0 && category < own.size() && own.get(category) != null) {
            return java.util.Optional.of(own.get(category));
        }
        return link(category);
    }

    /** ECharts' option object. Colours come from the theme the chart is drawn in, not from here. */
    public ObjectNode toJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode options = json.objectNode();
        options.putObject("aria").put("enabled", true).putObject("label").put("description", title);
        options.put("backgroundColor", "transparent");
        options.put("animation", false);
        options.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
        if (series.size() > 1) {
            options.putObject("legend").put("top", 0);
        }
        options.putObject("grid").put("containLabel", true).put("left", 8).put("right", 16)
                .put("top", series.size() > 1 ? 32 : 8).put("bottom", 8);
        ObjectNode categoryAxis = json.objectNode().put("type", "category");
        ArrayNode data = categoryAxis.putArray("data");
        categories.forEach(data::add);
        ObjectNode valueAxis = json.objectNode().put("type", "value").put("minInterval", 1);
        if (valueFormat != null) {
            valueAxis.putObject("axisLabel").put("formatter", valueFormat);
        }
        if (horizontal) {
            categoryAxis.put("inverse", true);
            options.set("xAxis", valueAxis);
            options.set("yAxis", categoryAxis);
        } else {
            options.set("xAxis", categoryAxis);
            options.set("yAxis", valueAxis);
        }
        ArrayNode all = options.putArray("series");
        for (Series one : series) {
            ObjectNode drawn = all.addObject().put("name", one.name()).put("type", one.kind().echarts);
            if (stacked && one.kind() == Kind.BAR) {
                drawn.put("stack", "total");
            }
            if (!links.isEmpty() || seriesLinks.containsKey(series.indexOf(one))) {
                drawn.put("cursor", "pointer");
            }
            ArrayNode values = drawn.putArray("data");
            for (Number value : one.values()) {
                if (value == null) {
                    values.addNull();
                } else if (value instanceof Double || value instanceof Float
                        || value instanceof java.math.BigDecimal) {
                    values.add(value.doubleValue());
                } else {
                    values.add(value.longValue());
                }
            }
        }
        return options;
    }
}
