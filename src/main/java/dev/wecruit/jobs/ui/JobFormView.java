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
import dev.wecruit.shell.RecordFormView;
import dev.wecruit.shell.RecordPageView;
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
class JobFormView extends RecordFormView<JobDetails> {

    private final JobService jobs;
    private final CompanyService companies;
    private final TextField jobTitle = errors.bind("title", new TextField("Title"));
    private final ComboBox<CompanySummary> company = errors.bind("companyId", new ComboBox<>("Client company"));
    private final ComboBox<ContactDetails> hiringManager = errors.bind("hiringManagerId",
            new ComboBox<>("Hiring manager"));
    private final Select<JobStatus> status = errors.bind("status", new Select<>());
    private final OwnerField owner;
    private final DatePicker openedOn = errors.bind("openedOn", new DatePicker("Opened on"));
    private final DatePicker closedOn = errors.bind("closedOn", new DatePicker("Closed on"));
    private final TextArea description = errors.bind("description", new TextArea("Description"));
    private final MultiSelectComboBox<String> skills =
            errors.bind("skills", new MultiSelectComboBox<>("Must-have requirements"));
    private final MultiSelectComboBox<String> niceToHave =
            errors.bind("niceToHave", new MultiSelectComboBox<>("Nice to have"));
    private final Select<Seniority> seniority = errors.bind("seniority", new Select<>());
    private final TextField location = errors.bind("location", new TextField("Location"));
    private final Select<RemotePolicy> remotePolicy = errors.bind("remotePolicy", new Select<>());
    private final BigDecimalField salaryMin = errors.bind("salaryMin", new BigDecimalField("Salary from"));
    private final BigDecimalField salaryMax = errors.bind("salaryMax", new BigDecimalField("Salary to"));
    private final TextField salaryCurrency = errors.bind("salaryCurrency", new TextField("Salary currency"));
    private final Select<FeeTerms.Type> feeType = errors.bind("fee", new Select<>());
    private final BigDecimalField feePercentage = new BigDecimalField("Fee percentage");
    private final BigDecimalField feeAmount = new BigDecimalField("Fixed fee");
    private final TextField feeCurrency = new TextField("Fee currency");

    JobFormView(JobService jobs, CompanyService companies, OrganizationService organizations,
            CurrentTenant currentTenant) {
        super("job");
        this.jobs = jobs;
        this.companies = companies;
        addClassName("job-form-view");
        owner = errors.bind("ownerId", new OwnerField("Owner", organizations, currentTenant));

        jobTitle.setRequiredIndicatorVisible(true);
        jobTitle.setMaxLength(200);
        company.setRequiredIndicatorVisible(true);
        company.setItems(query -> ListViews.page(query, Sort.by("name", "id"), pageable -> companies.search(
                query.getFilter().orElse(""), List.of(), pageable).getContent()));
        company.setItemLabelGenerator(CompanySummary::name);
        company.addValueChangeListener(event -> showContactsOf(event.getValue()));
        hiringManager.setItemLabelGenerator(contact -> contact.fullName()
                + (contact.title() == null ? "" : " · " + contact.title()));
        hiringManager.setClearButtonVisible(true);
        hiringManager.setHelperText("A contact at the client company");
        status.setLabel("Status");
        status.setItems(JobStatus.values());
        status.setItemLabelGenerator(Display::label);
        status.setValue(JobStatus.OPEN);
        openedOn.setHelperText("Today if left empty");
        closedOn.setHelperText("Set when the job is filled or cancelled");
        description.setMaxLength(20_000);
        description.setMinHeight("10em");
        acceptTypedValues(skills, "Type a skill, tool or qualification and press Enter");
        acceptTypedValues(niceToHave, "Counts in a candidate's favour; not needed");
        seniority.setLabel("Seniority");
        seniority.setItems(Seniority.values());
        seniority.setItemLabelGenerator(value -> value == null ? "Not set" : Display.label(value));
        seniority.setEmptySelectionAllowed(true);
        remotePolicy.setLabel("Where the work is done");
        remotePolicy.setItems(RemotePolicy.values());
        remotePolicy.setItemLabelGenerator(value -> value == null ? "Not set" : Display.label(value));
        remotePolicy.setEmptySelectionAllowed(true);
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

        addSections(new H3("Mandate"), columns(jobTitle, company, hiringManager, status, owner, openedOn, closedOn),
                new H3("Requirements"), columns(skills, niceToHave, seniority, location, remotePolicy, salaryMin, salaryMax,
                        salaryCurrency), description,
                new H3("Fee terms"), columns(feeType, feePercentage, feeAmount, feeCurrency));
    }

    @Override
    protected void enteringNew(BeforeEnterEvent event) {
        // a company named in the address that is not the firm's is ignored: the user picks one
        event.getLocation().getQueryParameters().getSingleParameter("company").flatMap(RecordPageView::parseId)
                .flatMap(companies::find).ifPresent(company::setValue);
    }

    @Override
    protected Optional<JobDetails> find(UUID id) {
        return jobs.find(id);
    }

    @Override
    protected UUID idOf(JobDetails job) {
        return job.id();
    }

    @Override
    protected String nameOf(JobDetails job) {
        return job.title();
    }

    @Override
    protected String pageOf(JobDetails job) {
        return "jobs/" + job.id();
    }

    @Override
    protected String whereNewFormsReturn() {
        return company.getValue() != null ? "companies/" + company.getValue().id() : "jobs";
    }

    @Override
    protected void show(JobDetails job) {
        jobTitle.setValue(job.title());
        company.setValue(companies.get(job.companyId()));
        // read again even when the company is the same: its contacts may have changed since
        showContactsOf(company.getValue());
        hiringManager.setValue(job.hiringManagerId() == null ? null : hiringManager.getListDataView().getItems()
                .filter(contact -> contact.id().equals(job.hiringManagerId())).findFirst().orElse(null));
        status.setValue(job.status());
        owner.show(job.ownerId());
        openedOn.setValue(job.openedOn());
        closedOn.setValue(job.closedOn());
        description.setValue(Objects.requireNonNullElse(job.description(), ""));
        skills.setItems(new LinkedHashSet<>(job.skills()));
        skills.setValue(new LinkedHashSet<>(job.skills()));
        niceToHave.setItems(new LinkedHashSet<>(job.niceToHave()));
        niceToHave.setValue(new LinkedHashSet<>(job.niceToHave()));
        seniority.setValue(job.seniority());
        location.setValue(Objects.requireNonNullElse(job.location(), ""));
        remotePolicy.setValue(job.remotePolicy());
        salaryMin.setValue(job.salaryMin());
        salaryMax.setValue(job.salaryMax());
        salaryCurrency.setValue(Objects.requireNonNullElse(job.salaryCurrency(), ""));
        FeeTerms fee = job.fee();
        feeType.setValue(fee == null ? null : fee.type());
        feePercentage.setValue(fee == null ? null : fee.percentage());
        feeAmount.setValue(fee == null ? null : fee.amount());
        feeCurrency.setValue(fee == null || fee.currency() == null ? "" : fee.currency());
    }

    private static void acceptTypedValues(MultiSelectComboBox<String> field, String helperText) {
        field.setAllowCustomValue(true);
        field.addCustomValueSetListener(event -> {
            String value = event.getDetail().strip();
            if (!value.isEmpty()) {
                var values = new LinkedHashSet<>(field.getValue());
                values.add(value);
                field.setItems(values);
                field.setValue(values);
            }
        });
        field.setHelperText(helperText);
    }

    private void showContactsOf(CompanySummary chosen) {
        List<ContactDetails> contacts = chosen == null ? List.of() : companies.contactsOf(chosen.id());
        hiringManager.setItems(contacts);
        hiringManager.setEnabled(!contacts.isEmpty());
        hiringManager.setPlaceholder(chosen != null && contacts.isEmpty() ? "No contacts at this company yet" : null);
    }

    private void showFeeFields() {
        feePercentage.setVisible(feeType.getValue() == FeeTerms.Type.PERCENTAGE);
        feeAmount.setVisible(feeType.getValue() == FeeTerms.Type.FIXED);
        feeCurrency.setVisible(feeType.getValue() == FeeTerms.Type.FIXED);
    }

    @Override
    protected boolean readyToSave() {
        return !(salaryMin.isInvalid() || salaryMax.isInvalid() || feePercentage.isInvalid() || feeAmount.isInvalid()
                || openedOn.isInvalid() || closedOn.isInvalid());
    }

    @Override
    protected JobDetails save(JobDetails editing) {
        FeeTerms fee = feeType.getValue() == null ? null : new FeeTerms(feeType.getValue(),
                feeType.getValue() == FeeTerms.Type.PERCENTAGE ? feePercentage.getValue() : null,
                feeType.getValue() == FeeTerms.Type.FIXED ? feeAmount.getValue() : null,
                feeType.getValue() == FeeTerms.Type.FIXED ? feeCurrency.getValue() : null);
        var draft = new JobDraft(jobTitle.getValue(), company.getValue() == null ? null : company.getValue().id(),
                hiringManager.getValue() == null ? null : hiringManager.getValue().id(), description.getValue(),
                List.copyOf(skills.getValue()), List.copyOf(niceToHave.getValue()), seniority.getValue(),
                location.getValue(), remotePolicy.getValue(), salaryMin.getValue(), salaryMax.getValue(),
                salaryCurrency.getValue(), fee, status.getValue(), owner.ownerId(), openedOn.getValue(),
                closedOn.getValue());
        return editing == null ? jobs.create(draft) : jobs.update(editing.id(), editing.version(), draft);
    }
}
