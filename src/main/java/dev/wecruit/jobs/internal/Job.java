package dev.wecruit.jobs.internal;

import dev.wecruit.jobs.FeeTerms;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.JobSummary;
import dev.wecruit.jobs.RemotePolicy;
import dev.wecruit.jobs.Seniority;
import dev.wecruit.jobs.Stage;
import dev.wecruit.platform.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A mandate from a client. */
@Entity
@Table(name = "jobs")
public class Job extends TenantScopedEntity {

    /** Everything about a job that a user edits, already checked and normalized. */
    public record Content(String title, UUID companyId, UUID hiringManagerId, String description, List<String> skills,
            List<String> niceToHave, Seniority seniority, String location, RemotePolicy remotePolicy,
            BigDecimal salaryMin, BigDecimal salaryMax, String salaryCurrency, FeeTerms fee, JobStatus status,
            UUID ownerId, LocalDate openedOn, LocalDate closedOn) {
    }

    @Column(nullable = false)
    private String title;

    @Column(name = "company_id", nullable = false)
    private UUID companyId;

    @Column(name = "hiring_manager_id")
    private UUID hiringManagerId;

    private String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> skills = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "nice_to_have", nullable = false)
    private List<String> niceToHave = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private Seniority seniority;

    private String location;

    @Enumerated(EnumType.STRING)
    @Column(name = "remote_policy")
    private RemotePolicy remotePolicy;

    @Column(name = "salary_min")
    private BigDecimal salaryMin;

    @Column(name = "salary_max")
    private BigDecimal salaryMax;

    @Column(name = "salary_currency")
    private String salaryCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_type")
    private FeeTerms.Type feeType;

    @Column(name = "fee_percentage")
    private BigDecimal feePercentage;

    @Column(name = "fee_amount")
    private BigDecimal feeAmount;

    @Column(name = "fee_currency")
    private String feeCurrency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobStatus status;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected Job() {
    }

    public Job(Content content) {
        change(content);
    }

    public void change(Content content) {
        title = content.title();
        companyId = content.companyId();
        hiringManagerId = content.hiringManagerId();
        description = content.description();
        skills = new ArrayList<>(content.skills());
        niceToHave = new ArrayList<>(content.niceToHave());
        seniority = content.seniority();
        location = content.location();
        remotePolicy = content.remotePolicy();
        salaryMin = content.salaryMin();
        salaryMax = content.salaryMax();
        salaryCurrency = content.salaryCurrency();
        FeeTerms fee = content.fee();
        feeType = fee == null ? null : fee.type();
        feePercentage = fee == null ? null : fee.percentage();
        feeAmount = fee == null ? null : fee.amount();
        feeCurrency = fee == null ? null : fee.currency();
        status = content.status();
        ownerId = content.ownerId();
        openedOn = content.openedOn();
        closedOn = content.closedOn();
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public JobStatus getStatus() {
        return status;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public JobSummary toSummary() {
        return new JobSummary(getId(), title, companyId, hiringManagerId, description, List.copyOf(skills),
                List.copyOf(niceToHave), seniority, location, remotePolicy, salaryMin, salaryMax, salaryCurrency, fee(),
                status, ownerId, openedOn, closedOn, getCreatedAt(), getUpdatedAt(), getVersion());
    }

    private FeeTerms fee() {
        return feeType == null ? null : new FeeTerms(feeType, feePercentage, feeAmount, feeCurrency);
    }

    public JobDetails toDetails(List<Stage> stages) {
        FeeTerms fee = fee();
        return new JobDetails(getId(), title, companyId, hiringManagerId, description, List.copyOf(skills),
                List.copyOf(niceToHave), seniority, location, remotePolicy, salaryMin, salaryMax, salaryCurrency, fee,
                status, ownerId, openedOn, closedOn, stages, getUpdatedAt(), getVersion());
    }
}
