package dev.wecruit.jobs.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.wecruit.shell.PlannedView;
import jakarta.annotation.security.PermitAll;
import java.util.List;

@Route("jobs")
@PageTitle("Jobs · Wecruit")
@Menu(order = 2, title = "Jobs", icon = "vaadin:briefcase")
@PermitAll
class JobListView extends PlannedView {

    JobListView() {
        super("Jobs", "The mandates your firm is working on.", List.of(
                "Jobs with their client, hiring manager, requirements and fee terms",
                "Status and owner filters",
                "A live pipeline board per job: drag a candidate and every recruiter sees it move",
                "Ranked candidate matches for each job, with the reasons"));
    }
}
