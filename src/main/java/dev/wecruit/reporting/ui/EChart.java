package dev.wecruit.reporting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.shared.Registration;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An Apache ECharts chart (decision 0029), drawn in the browser from options built in Java ({@link ChartOptions}).
 * ECharts is served from its webjar and loaded as a classic script, so no frontend build is needed. The chart is
 * drawn as SVG in the theme the page is in, and drawn again when the theme changes. A click on a bar or point comes to
 * the server as a {@link BarClick}, and by default opens the records behind its category; beside the chart, a table
 * with the same figures and links stands in for it for screen readers and keyboards.
 */
@Tag("div")
public class EChart extends Div {

    /** Where the webjar puts ECharts, as the servlet serves it. */
    static final String SCRIPT = "context://webjars/echarts/5.3.1/dist/echarts.min.js";

    private final Div canvas = new Div();
    private final Details table = new Details();
    private ChartOptions options;

    public EChart(ChartOptions options) {
        addClassName("echart");
        canvas.addClassName("echart-canvas");
        canvas.getElement().setAttribute("role", "img");
        table.addClassName("echart-table");
        add(canvas, table);
        addBarClickListener(click -> options().link(click.series(), click.category()).ifPresent(address -> getUI().ifPresent(ui -> {
            Location location = new Location(address);
            ui.navigate(location.getPath(), location.getQueryParameters());
        })));
        setOptions(options);
    }

    /** Draws these options instead. */
    public final void setOptions(ChartOptions newOptions) {
        this.options = newOptions;
        canvas.getElement().setAttribute("aria-label", newOptions.title());
        table.setSummaryText("Table: " + newOptions.title());
        table.removeAll();
        table.add(table(newOptions));
        if (isAttached()) {
            draw();
        }
    }

    public ChartOptions options() {
        return options;
    }

    /** Hears clicks on the chart's bars and points. */
    public Registration addBarClickListener(ComponentEventListener<BarClick> listener) {
        return addListener(BarClick.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(SCRIPT);
        draw();
    }

    private void draw() {
        canvas.getElement().executeJs("""
                const el = this, chart = $0, host = $1;
                const dark = () => [document.documentElement, document.body]
                    .some(node => (node.getAttribute('theme') || '').split(' ').includes('dark'));
                const render = () => {
                  if (!window.echarts) { setTimeout(render, 50); return; }
                  if (el.$chart) { el.$chart.dispose(); }
                  el.$chart = window.echarts.init(el, dark() ? 'dark' : null, { renderer: 'svg' });
                  el.$chart.setOption(JSON.parse(el.$options));
                  el.$chart.on('click', p => host.$server.clicked(p.seriesIndex, p.dataIndex));
                };
                el.$options = chart;
                if (!el.$watching) {
                  el.$watching = true;
                  const themes = new MutationObserver(render);
                  [document.documentElement, document.body].forEach(node =>
                      themes.observe(node, { attributes: true, attributeFilter: ['theme'] }));
                  new ResizeObserver(() => el.$chart && el.$chart.resize()).observe(el);
                }
                render();
                """, options.toJson().toString(), getElement());
    }

    @ClientCallable
    void clicked(int series, int category) {
        fireEvent(new BarClick(this, true, series, category));
    }

    private static NativeTable table(ChartOptions options) {
        var head = new NativeTableRow(new NativeTableHeaderCell(""));
        options.series().forEach(series -> head.add(new NativeTableHeaderCell(series.name())));
        var body = new NativeTableBody();
        NumberFormat numbers = NumberFormat.getNumberInstance(Locale.UK);
        numbers.setMaximumFractionDigits(1);
        for (int i = 0; i < options.categories().size(); i++) {
            String category = options.categories().get(i);
            var name = new NativeTableHeaderCell();
            name.getElement().setAttribute("scope", "row");
            options.link(i).ifPresentOrElse(address -> name.add(new Anchor(address, category)), () ->
                    name.setText(category));
            var row = new NativeTableRow(name);
            for (int s = 0; s < options.series().size(); s++) {
                Number value = options.series().get(s).values().get(i);
                String figure = value == null ? "–" : numbers.format(value);
                var cell = new NativeTableCell(figure);
                // a series with records of its own links its figure to them
                String own = options.link(s, i).orElse(null);
                if (own != null && !own.equals(options.link(i).orElse(null))) {
                    cell.setText("");
                    cell.add(new Anchor(own, figure));
                }
                row.add(cell);
            }
            body.add(row);
        }
        var table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("echart-figures");
        return table;
    }

    /** A click on a bar or point: which series, and which category (its index in the options). */
    public static final class BarClick extends ComponentEvent<EChart> {

        private final int series;
        private final int category;

        BarClick(EChart source, boolean fromClient, int series, int category) {
            super(source, fromClient);
            this.series = series;
            this.category = category;
        }

        public int series() {
            return series;
        }

        public int category() {
            return category;
        }
    }
}
