package dev.wecruit.candidates.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.wecruit.shell.PlannedView;
import jakarta.annotation.security.PermitAll;
import java.util.List;

@Route("candidates")
@PageTitle("Candidates · Wecruit")
@Menu(order = 1, title = "Candidates", icon = "vaadin:users")
@PermitAll
class CandidateListView extends PlannedView {

    CandidateListView() {
        super("Candidates", "Every candidate your firm knows, with their CVs and history.", List.of(
                "A fast, searchable list: by name, email, phone, skills, title or company",
                "Filters for skills, location, tags, owner and last activity, kept in the URL",
                "Candidate pages with contact details, work history, documents and the activity timeline",
                "CV upload with the fields read from the CV for you to review"));
    }
}
