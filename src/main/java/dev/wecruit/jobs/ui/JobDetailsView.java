package dev.wecruit.jobs.ui;

import static dev.wecruit.shell.Display.chip;
import static dev.wecruit.shell.Display.fact;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.jobs.FeeTerms;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.RecordKind;
import dev.wecruit.shell.RecordPagePart;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.shell.RelatedRecord;
import dev.wecruit.tenancy.OrganizationService;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A job's page: the mandate as agreed with the client (description, requirements, fee terms, hiring manager); the
 * count per stage and the timeline come from the pipeline and activities features.
 */
@Route("jobs/:id")
@PermitAll
class JobDetailsView extends RecordPageView {

    private final JobService jobs;
    private final CompanyService companies;
    private final Map<UUID, String> memberNames;
    private JobDetails job;
    private CompanySummary company;
    private ContactDetails hiringManager;

    JobDetailsView(JobService jobs, CompanyService companies, OrganizationService organizations,
            ObjectProvider<RecordPagePart> parts) {
        super(RecordKind.JOB, parts);
        this.jobs = jobs;
        this.companies = companies;
        this.memberNames = organizations.memberNames();
        addClassName("job-details-view");
        addEditAction("jobs");
    }

    @Override
    protected boolean load(UUID id) {
        Optional<JobDetails> found = jobs.find(id);
        if (found.isEmpty()) {
            return false;
        }
        job = found.get();
        company = companies.get(job.companyId());
        hiringManager = job.hiringManagerId() == null ? null : companies.findContact(job.hiringManagerId())
                .orElse(null);
        setHeader(job.title(), Stream.of(company.name(), Display.label(job.status()), job.location())
                .filter(value -> value != null && !value.isBlank()).reduce((a, b) -> a + " · " + b).orElse(""));
        content().removeAll();
        content().add(mandate(), requirements(), description());
        return true;
    }

    @Override
    protected List<RelatedRecord> ownRelated() {
        List<RelatedRecord> related = new ArrayList<>();
        related.add(new RelatedRecord(RecordKind.COMPANY, company.id(), company.name(), true));
        if (hiringManager != null) {
            related.add(new RelatedRecord(RecordKind.CONTACT, hiringManager.id(),
                    hiringManager.fullName() + " · hiring manager", true));
        }
        return related;
    }

    private Component mandate() {
        var facts = new Div();
        var client = new Div(new Span("Client: "), new Anchor("companies/" + company.id(), company.name()));
        client.addClassName("fact");
        facts.add(client);
        if (hiringManager != null) {
            var manager = new Div(new Span("Hiring manager: "),
                    new Anchor("contacts/" + hiringManager.id(), hiringManager.fullName()));
            if (hiringManager.title() != null) {
                manager.add(new Span(" · " + hiringManager.title()));
            }
            manager.addClassName("fact");
            facts.add(manager);
        } else {
            fact(facts, "Hiring manager", "Not named yet");
        }
        fact(facts, "Fee", fee(job.fee()));
        fact(facts, "Status", Display.label(job.status()));
        fact(facts, "Owner", job.ownerId() == null ? "Nobody" : memberNames.getOrDefault(job.ownerId(), "A former member"));
        fact(facts, "Opened", Display.day(job.openedOn()));
        fact(facts, "Closed", Display.day(job.closedOn()));
        var section = section("Mandate", facts);
        section.addClassName("job-mandate");
        return section;
    }

    private Component requirements() {
        var skills = new Div();
        skills.addClassName("chips");
        job.skills().forEach(skill -> skills.add(chip(skill)));
        job.niceToHave().forEach(requirement -> {
            var chip = chip(requirement + " (nice to have)");
            chip.addClassName("nice-to-have");
            skills.add(chip);
        });
        if (job.requirements().isEmpty()) {
            skills.add(emptyNote("No requirements listed"));
        }
        var facts = new Div();
        fact(facts, "Seniority", job.seniority() == null ? null : Display.label(job.seniority()));
        fact(facts, "Location", Stream.of(job.location(), job.remotePolicy() == null ? null
                : Display.label(job.remotePolicy())).filter(value -> value != null).reduce((a, b) -> a + ", " + b)
                .orElse(null));
        fact(facts, "Salary", salary());
        return section("Requirements", skills, facts);
    }

    private Component description() {
        var text = new Div();
        text.addClassName("record-text");
        text.setText(job.description() == null ? "" : job.description());
        return section("Description", job.description() == null || job.description().isBlank()
                ? emptyNote("No description yet. Edit the job to add the brief from the client.") : text);
    }

    private String salary() {
        if (job.salaryMin() == null && job.salaryMax() == null) {
            return null;
        }
        String currency = job.salaryCurrency() == null ? "" : job.salaryCurrency() + " ";
        if (job.salaryMin() == null || job.salaryMax() == null) {
            return (job.salaryMin() == null ? "up to " : "from ") + currency
                    + money(job.salaryMin() == null ? job.salaryMax() : job.salaryMin());
        }
        return currency + money(job.salaryMin()) + " – " + money(job.salaryMax());
    }

    /** The terms as the firm would quote them: "20% of first-year salary" or "GBP 15,000 fixed". */
    static String fee(FeeTerms fee) {
        if (fee == null) {
            return "Not agreed yet";
        }
        return switch (fee.type()) {
            case PERCENTAGE -> fee.percentage().stripTrailingZeros().toPlainString() + "% of first-year salary";
            case FIXED -> fee.currency() + " " + money(fee.amount()) + " fixed";
        };
    }

    private static String money(BigDecimal amount) {
        var format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
