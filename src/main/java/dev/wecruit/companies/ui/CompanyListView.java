package dev.wecruit.companies.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.wecruit.shell.PlannedView;
import jakarta.annotation.security.PermitAll;
import java.util.List;

@Route("companies")
@PageTitle("Companies · Wecruit")
@Menu(order = 3, title = "Companies", icon = "vaadin:building")
@PermitAll
class CompanyListView extends PlannedView {

    CompanyListView() {
        super("Companies", "Your clients and the people you work with there.", List.of(
                "Companies with their status: prospect, client or former client",
                "Contacts at each company, with their role and details",
                "The jobs and the activity timeline of each company"));
    }
}
