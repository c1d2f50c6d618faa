package dev.wecruit.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import dev.wecruit.shared.BoundedCount;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** What every list of records has in common: its header, its search box and how a row is opened. */
public final class ListViews {

    private ListViews() {
    }

    /**
     * The list's title with its total under it, and the button that creates a record, for members who may open the
     * form it leads to.
     */
    public static Div header(String title, Span total, String createLabel, String createRoute) {
        total.addClassName("list-view-total");
        var header = new Div(new Div(new H2(title), total));
        if (Access.mayOpen(createRoute)) {
            var create = new Button(createLabel, VaadinIcon.PLUS.create(),
                    click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(createRoute)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        header.addClassName("list-view-header");
        return header;
    }

    /** A search box that reacts a moment after typing stops; {@code /} outside the page's fields focuses it. */
    public static TextField searchField(String placeholder, String ariaLabel) {
        var search = new TextField();
        search.setPlaceholder(placeholder);
        search.setAriaLabel(ariaLabel);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.TIMEOUT);
        search.setValueChangeTimeout(250);
        search.setMaxLength(200);
        search.setHelperText("Press / to search from anywhere on this page");
        search.addClassName("list-view-search");
        // "/" anywhere on the page focuses the search box, but a "/" typed into a field stays in that field: a
        // Vaadin shortcut would take the key from every field
        search.addAttachListener(attach -> search.getElement().executeJs("""
                const search = this;
                const focusOnSlash = e => {
                    if (!search.isConnected) {
                        document.removeEventListener('keydown', focusOnSlash);
                        return;
                    }
                    const typing = e.composedPath().some(node => node.tagName === 'INPUT'
                            || node.tagName === 'TEXTAREA' || node.isContentEditable);
                    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
                        e.preventDefault();
                        search.focus();
                    }
                };
                document.addEventListener('keydown', focusOnSlash);"""));
        return search;
    }

    /** Opens a row when it is clicked, or when Enter is pressed on the row that has the keyboard focus. */
    public static <T> void openRows(Grid<T> grid, Consumer<T> open) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.addItemClickListener(click -> open.accept(click.getItem()));
        var focused = new AtomicReference<T>();
        grid.addCellFocusListener(event -> focused.set(event.getItem().orElse(null)));
        Shortcuts.addShortcutListener(grid, () -> {
            if (focused.get() != null) {
                open.accept(focused.get());
            }
        }, Key.ENTER).listenOn(grid);
    }

    /**
     * One page of a lazily loaded grid, fetched through a Spring Data page request in this order. The page is
     * Vaadin's own translation of the grid's query ({@link VaadinSpringDataHelpers#toSpringPageRequest}).
     */
    public static <T> Stream<T> page(Query<T, ?> query, Sort sort, Function<Pageable, List<T>> fetch) {
        // an empty fetch must still read the offset: the grid checks that every fetch does
        if (query.getOffset() >= 0 && query.getLimit() == 0) {
            return Stream.empty();
        }
        Pageable page = VaadinSpringDataHelpers.toSpringPageRequest(query);
        return fetch.apply(PageRequest.of(page.getPageNumber(), page.getPageSize(), sort)).stream();
    }

    /**
     * The order a list's grid asks for ({@link VaadinSpringDataHelpers#toSpringDataSort}), each column's order as
     * the list reads it ({@code asTheListReads}: ignoring case for words, say), or the list's own order when the
     * member chose none; then by id, so that equal values keep a fixed order and pages never overlap or skip.
     */
    public static Sort order(Query<?, ?> query, UnaryOperator<Sort.Order> asTheListReads, Sort byDefault) {
        Sort chosen = VaadinSpringDataHelpers.toSpringDataSort(query);
        return (chosen.isSorted() ? Sort.by(chosen.stream().map(asTheListReads).toList()) : byDefault)
                .and(Sort.by("id"));
    }

    /** The values of an enum a URL parameter lists, such as {@code status=open,on_hold}; unknown ones are ignored. */
    public static <E extends Enum<E>> Set<E> enumsIn(QueryParameters parameters, String name, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        parameters.getSingleParameter(name).stream().flatMap(value -> Arrays.stream(value.split(",")))
                .forEach(value -> Arrays.stream(type.getEnumConstants())
                        .filter(constant -> constant.name().equalsIgnoreCase(value.strip())).forEach(values::add));
        return values;
    }

    /** The values as a URL parameter lists them: {@code open,on_hold}. */
    public static String inUrl(Set<? extends Enum<?>> values) {
        return values.stream().sorted().map(value -> value.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }

    /**
     * Puts a list's search and filters in the address without a new history entry: the search can be bookmarked, and
     * the back button still leaves the list.
     */
    public static void showInAddress(Component view, String route, QueryParameters parameters) {
        view.getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(route, parameters)));
    }

    /**
     * "1,204 candidates" or "10,000+ candidates" when nothing narrows the list, "12 found", "10,000+ found" or
     * "about 6,200 found" when something does.
     */
    public static String total(BoundedCount count, String one, String many, boolean narrowed) {
        String number = count.formatted();
        return narrowed ? number + " found" : number + " " + (count.equals(BoundedCount.exactly(1)) ? one : many);
    }

    /** "1,204 jobs" when nothing narrows the list, "12 found" when something does. */
    public static String total(long count, String one, String many, boolean narrowed) {
        return total(BoundedCount.exactly(count), one, many, narrowed);
    }
}
