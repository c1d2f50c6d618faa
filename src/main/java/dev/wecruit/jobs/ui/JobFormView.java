package dev.wecruit.jobs.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.jobs.FeeTerms;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobDraft;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.RemotePolicy;
import dev.wecruit.jobs.Seniority;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.ListViews;
import dev.wecruit.shell.RecordBinder;
import dev.wecruit.shell.RecordFormView;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.ui.OwnerField;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;

/**
 * Creates a job at {@code /jobs/new} (from a company's page, {@code ?company=} names the client) or edits one at
 * {@code /jobs/:id/edit}. The hiring manager is chosen among the contacts of the chosen company.
 */
@Route("jobs/new")
@RouteAlias("jobs/:id/edit")
@RolesAllowed("RECRUITER") // admins too: their authorities include every role below theirs
class JobFormView extends RecordFormView<JobDetails, JobDraft> {

    private final JobService jobs;
    private final CompanyService companies;
    private final ComboBox<CompanySummary> company = new ComboBox<>("Client company");
    private final ComboBox<ContactDetails> hiringManager = new ComboBox<>("Hiring manager");
    private final MultiSelectComboBox<String> skills = new MultiSelectComboBox<>("Must-have requirements");
    private final MultiSelectComboBox<String> niceToHave = new MultiSelectComboBox<>("Nice to have");
    private final Select<FeeTerms.Type> feeType = new Select<>();
    private final BigDecimalField feePercentage = new BigDecimalField("Fee percentage");
    private final BigDecimalField feeAmount = new BigDecimalField("Fixed fee");
    private final TextField feeCurrency = new TextField("Fee currency");
    private UUID contactsShownOf;

    JobFormView(JobService jobs, CompanyService companies, OrganizationService organizations,
            CurrentTenant currentTenant) {
        super("job", "jobs", JobDraft.class, JobDetails::id, JobDetails::title);
        this.jobs = jobs;
        this.companies = companies;
        addClassName("job-form-view");

        var jobTitle = requiredText("Title", 200);
        company.setRequiredIndicatorVisible(true);
        company.setItems(query -> ListViews.page(query, Sort.by("name", "id"), pageable -> companies.search(
                query.getFilter().orElse(""), List.of(), pageable).getContent()));
        company.setItemLabelGenerator(CompanySummary::name);
        company.addValueChangeListener(event -> showContactsOf(event.getValue() == null ? null
                : event.getValue().id()));
        hiringManager.setItemLabelGenerator(contact -> contact.fullName()
                + (contact.title() == null ? "" : " · " + contact.title()));
        hiringManager.setClearButtonVisible(true);
        hiringManager.setHelperText("A contact at the client company");
        var status = new Select<JobStatus>();
        status.setLabel("Status");
        status.setItems(JobStatus.values());
        status.setItemLabelGenerator(Display::label);
        status.setValue(JobStatus.OPEN);
        var owner = new OwnerField("Owner", organizations, currentTenant);
        var openedOn = new DatePicker("Opened on");
        openedOn.setHelperText("Today if left empty");
        var closedOn = new DatePicker("Closed on");
        closedOn.setHelperText("Set when the job is filled or cancelled");
        var description = new TextArea("Description");
        description.setMaxLength(20_000);
        description.setMinHeight("10em");
        acceptTypedValues(skills, true);
        skills.setHelperText("Type a skill, tool or qualification and press Enter");
        acceptTypedValues(niceToHave, true);
        niceToHave.setHelperText("Counts in a candidate's favour; not needed");
        var seniority = new Select<Seniority>();
        seniority.setLabel("Seniority");
        seniority.setItems(Seniority.values());
        seniority.setItemLabelGenerator(value -> value == null ? "Not set" : Display.label(value));
        seniority.setEmptySelectionAllowed(true);
        var location = new TextField("Location");
        var remotePolicy = new Select<RemotePolicy>();
        remotePolicy.setLabel("Where the work is done");
        remotePolicy.setItems(RemotePolicy.values());
        remotePolicy.setItemLabelGenerator(value -> value == null ? "Not set" : Display.label(value));
        remotePolicy.setEmptySelectionAllowed(true);
        var salaryMin = new BigDecimalField("Salary from");
        var salaryMax = new BigDecimalField("Salary to");
        var salaryCurrency = new TextField("Salary currency");
        salaryCurrency.setPlaceholder("GBP");
        salaryCurrency.setMaxLength(3);
        feeType.setLabel("Fee");
        feeType.setItems(FeeTerms.Type.values());
        feeType.setItemLabelGenerator(type -> type == null ? "Not agreed yet"
                : type == FeeTerms.Type.PERCENTAGE ? "Percentage of first-year salary" : "Fixed fee");
        feeType.setEmptySelectionAllowed(true);
        feeType.addValueChangeListener(event -> showFeeFields());
        feePercentage.setSuffixComponent(new Div("%"));
        feeCurrency.setPlaceholder("GBP");
        feeCurrency.setMaxLength(3);
        showFeeFields();

        binder.bind(jobTitle, "title");
        binder.forField(company).withConverter(RecordBinder.ids(CompanySummary::id, companies::get)).bind("companyId");
        // after the company: the hiring manager is one of its contacts
        binder.forField(hiringManager).withConverter(RecordBinder.ids(ContactDetails::id, this::contact))
                .bind("hiringManagerId");
        binder.bind(description, "description");
        binder.forField(skills).withConverter(RecordBinder.<String>listed()).bind("skills");
        binder.forField(niceToHave).withConverter(RecordBinder.<String>listed()).bind("niceToHave");
        binder.bind(seniority, "seniority");
        binder.bind(location, "location");
        binder.bind(remotePolicy, "remotePolicy");
        binder.bind(salaryMin, "salaryMin");
        binder.bind(salaryMax, "salaryMax");
        binder.bind(salaryCurrency, "salaryCurrency");
        // the fee is four fields: the type stands for the terms (their messages go there) and builds them from the
        // other three; those are read from the terms and checked for numbers, but write nothing of their own
        binder.forField(feeType).withConverter(this::feeTerms, fee -> fee == null ? null : fee.type()).bind("fee");
        binder.forField(feePercentage).bind(draft -> draft.fee() == null ? null : draft.fee().percentage(), null);
        binder.forField(feeAmount).bind(draft -> draft.fee() == null ? null : draft.fee().amount(), null);
        binder.forField(feeCurrency).bind(draft -> draft.fee() == null ? null : draft.fee().currency(), null);
        binder.bind(status, "status");
        binder.forField(owner).withConverter(owner.ownerIds()).bind("ownerId");
        binder.bind(openedOn, "openedOn");
        binder.bind(closedOn, "closedOn");

        addSections(new H3("Mandate"), columns(jobTitle, company, hiringManager, status, owner, openedOn, closedOn),
                new H3("Requirements"), columns(skills, niceToHave, seniority, location, remotePolicy, salaryMin, salaryMax,
                        salaryCurrency), description,
                new H3("Fee terms"), columns(feeType, feePercentage, feeAmount, feeCurrency));
    }

    @Override
    protected void enteringNew(BeforeEnterEvent event) {
        // a company named in the address that is not the firm's is ignored: the user picks one
        idParameter(event, "company").flatMap(companies::find).ifPresent(company::setValue);
    }

    @Override
    protected Optional<JobDetails> find(UUID id) {
        return jobs.find(id);
    }

    @Override
    protected String whereNewFormsReturn() {
        return company.getValue() != null ? "companies/" + company.getValue().id() : "jobs";
    }

    @Override
    protected void show(JobDetails job) {
        // read again even when the company is the same: its contacts may have changed since
        contactsShownOf = null;
        showContactsOf(job.companyId());
        // the requirement fields offer what the job asks for, and what is typed
        skills.setItems(new LinkedHashSet<>(job.skills()));
        niceToHave.setItems(new LinkedHashSet<>(job.niceToHave()));
        super.show(job);
    }

    @Override
    protected JobDraft draftOf(JobDetails job) {
        return JobDraft.builder().title(job.title()).companyId(job.companyId()).hiringManagerId(job.hiringManagerId())
                .description(job.description()).skills(job.skills()).niceToHave(job.niceToHave())
                .seniority(job.seniority()).location(job.location()).remotePolicy(job.remotePolicy())
                .salaryMin(job.salaryMin()).salaryMax(job.salaryMax()).salaryCurrency(job.salaryCurrency())
                .fee(job.fee()).status(job.status()).ownerId(job.ownerId()).openedOn(job.openedOn())
                .closedOn(job.closedOn()).build();
    }

    @Override
    protected JobDetails save(JobDetails editing, JobDraft draft) {
        return editing == null ? jobs.create(draft) : jobs.update(editing.id(), editing.version(), draft);
    }

    private void showContactsOf(UUID companyId) {
        if (Objects.equals(companyId, contactsShownOf) && companyId != null) {
            return;
        }
        contactsShownOf = companyId;
        List<ContactDetails> contacts = companyId == null ? List.of() : companies.contactsOf(companyId);
        hiringManager.setItems(contacts);
        hiringManager.setEnabled(!contacts.isEmpty());
        hiringManager.setPlaceholder(companyId != null && contacts.isEmpty()
                ? "No contacts at this company yet" : null);
    }

    /** One of the contacts offered; null for one no longer at the company. */
    private ContactDetails contact(UUID id) {
        return hiringManager.getListDataView().getItems().filter(contact -> contact.id().equals(id)).findFirst()
                .orElse(null);
    }

    private FeeTerms feeTerms(FeeTerms.Type type) {
        return type == null ? null : new FeeTerms(type,
                type == FeeTerms.Type.PERCENTAGE ? feePercentage.getValue() : null,
                type == FeeTerms.Type.FIXED ? feeAmount.getValue() : null,
                type == FeeTerms.Type.FIXED ? feeCurrency.getValue() : null);
    }

    private void showFeeFields() {
        feePercentage.setVisible(feeType.getValue() == FeeTerms.Type.PERCENTAGE);
        feeAmount.setVisible(feeType.getValue() == FeeTerms.Type.FIXED);
        feeCurrency.setVisible(feeType.getValue() == FeeTerms.Type.FIXED);
    }
}
