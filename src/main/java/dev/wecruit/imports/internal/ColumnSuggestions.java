package dev.wecruit.imports.internal;

import dev.wecruit.imports.ColumnMapping;
import dev.wecruit.imports.ImportField;
import dev.wecruit.imports.ImportKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Suggests a field for each column: from its header, folded ("E-mail Address", "email_address" and "EMAIL ADDRESS"
 * are one), against the synonyms that spreadsheets and other systems' exports use; then, for a column the header says
 * nothing about, from its values (an email-looking column is an email column). Recognises a LinkedIn connections
 * export and a typical ATS export by their headers.
 */
public final class ColumnSuggestions {

    public static final String LINKEDIN_EXPORT = "LinkedIn connections export";
    public static final String ATS_EXPORT = "ATS export";

    private static final Map<ImportField, Set<String>> SYNONYMS = Map.ofEntries(
            Map.entry(ImportField.FULL_NAME, Set.of("name", "fullname", "candidatename", "candidate", "contactname",
                    "personname", "displayname")),
            Map.entry(ImportField.FIRST_NAME, Set.of("firstname", "givenname", "forename", "first", "fname",
                    "christianname", "vorname", "prenom", "nombre")),
            Map.entry(ImportField.LAST_NAME, Set.of("lastname", "surname", "familyname", "last", "lname",
                    "nachname", "nom", "apellido")),
            Map.entry(ImportField.EMAIL, Set.of("email", "emailaddress", "mail", "workemail", "personalemail",
                    "primaryemail", "emailid", "emails", "businessemail", "privateemail", "candidateemail")),
            Map.entry(ImportField.PHONE, Set.of("phone", "mobile", "mobilephone", "cell", "cellphone", "telephone",
                    "tel", "phonenumber", "mobilenumber", "primaryphone", "workphone", "homephone", "phones",
                    "contactnumber", "telefon", "candidatephone")),
            Map.entry(ImportField.LINKEDIN, Set.of("linkedin", "linkedinurl", "linkedinprofile", "url",
                    "profileurl", "linkedinprofileurl", "linkedinlink")),
            Map.entry(ImportField.LOCATION, Set.of("location", "city", "town", "country", "region", "basedin",
                    "currentlocation", "candidatelocation", "locationcity")),
            Map.entry(ImportField.ADDRESS, Set.of("address", "streetaddress", "homeaddress", "postaladdress",
                    "mailingaddress", "fulladdress")),
            Map.entry(ImportField.TITLE, Set.of("position", "jobtitle", "title", "currenttitle", "currentposition",
                    "currentjobtitle", "headline", "role", "currentrole", "occupation")),
            Map.entry(ImportField.COMPANY, Set.of("company", "currentcompany", "employer", "currentemployer",
                    "organization", "organisation", "companyname", "currentorganisation", "currentorganization")),
            Map.entry(ImportField.SKILLS, Set.of("skills", "skill", "keywords", "competencies", "expertise",
                    "skillset", "keyskills", "technologies")),
            Map.entry(ImportField.TAGS, Set.of("tags", "tag", "labels", "label", "categories", "category")),
            Map.entry(ImportField.YEARS_OF_EXPERIENCE, Set.of("yearsofexperience", "experience", "years",
                    "experienceyears", "yoe", "totalexperience", "yearsexperience")),
            Map.entry(ImportField.SOURCE, Set.of("source", "candidatesource", "origin", "leadsource", "sourcedfrom",
                    "channel")));

    public static final String CRM_ACCOUNTS_EXPORT = "CRM accounts export";
    public static final String ATS_JOBS_EXPORT = "ATS jobs export";

    // a contact's fields are the candidate's: the same headers name them
    private static final Map<ImportField, Set<String>> COMPANY_SYNONYMS = Map.ofEntries(
            Map.entry(ImportField.COMPANY_NAME, Set.of("company", "companyname", "accountname", "account",
                    "organisation", "organization", "organisationname", "organizationname", "client", "clientname",
                    "employer", "business", "businessname", "firm", "customer", "customername")),
            Map.entry(ImportField.WEBSITE, Set.of("website", "web", "url", "domain", "companywebsite", "homepage",
                    "site", "websiteurl", "companydomainname", "companydomain", "webaddress")),
            Map.entry(ImportField.INDUSTRY, Set.of("industry", "sector", "vertical", "companyindustry", "market")),
            Map.entry(ImportField.COMPANY_LOCATION, Set.of("location", "city", "country", "headquarters", "hq",
                    "companylocation", "companycity", "billingcity", "region", "office")),
            Map.entry(ImportField.COMPANY_STATUS, Set.of("status", "companystatus", "accountstatus", "accounttype",
                    "type", "lifecyclestage", "relationship", "clientstatus")),
            Map.entry(ImportField.OWNER, Set.of("owner", "accountowner", "companyowner", "owneremail",
                    "accountmanager", "recruiter", "consultant", "assignedto")),
            Map.entry(ImportField.FULL_NAME, Set.of("contactname", "contact", "name", "fullname", "personname",
                    "contactfullname", "primarycontact")),
            Map.entry(ImportField.FIRST_NAME, Set.of("firstname", "givenname", "forename", "first", "fname",
                    "contactfirstname", "vorname", "prenom")),
            Map.entry(ImportField.LAST_NAME, Set.of("lastname", "surname", "familyname", "last", "lname",
                    "contactlastname", "nachname")),
            Map.entry(ImportField.CONTACT_TITLE, Set.of("jobtitle", "title", "position", "role", "contacttitle",
                    "contactjobtitle", "contactposition", "contactrole", "designation")),
            Map.entry(ImportField.EMAIL, Set.of("email", "emailaddress", "mail", "workemail", "contactemail",
                    "businessemail", "primaryemail", "emails")),
            Map.entry(ImportField.PHONE, Set.of("phone", "mobile", "mobilephone", "telephone", "tel", "phonenumber",
                    "workphone", "directdial", "direct", "contactphone", "contactnumber", "officephone")),
            Map.entry(ImportField.LINKEDIN, Set.of("linkedin", "linkedinurl", "linkedinprofile",
                    "contactlinkedin", "linkedinprofileurl")));

    private static final Map<ImportField, Set<String>> JOB_SYNONYMS = Map.ofEntries(
            Map.entry(ImportField.JOB_TITLE, Set.of("jobtitle", "title", "position", "positiontitle", "role",
                    "vacancy", "vacancytitle", "job", "jobname", "opening", "requisitiontitle", "mandate")),
            Map.entry(ImportField.CLIENT, Set.of("company", "client", "clientcompany", "companyname", "clientname",
                    "account", "accountname", "customer", "hiringcompany", "employer", "organisation",
                    "organization")),
            Map.entry(ImportField.HIRING_MANAGER, Set.of("hiringmanager", "hiringmanageremail", "manageremail",
                    "contactemail", "clientcontact", "hiringcontact", "contact")),
            Map.entry(ImportField.DESCRIPTION, Set.of("description", "jobdescription", "details", "summary",
                    "jd", "about", "responsibilities")),
            Map.entry(ImportField.SKILLS, Set.of("skills", "requiredskills", "musthave", "musthaves",
                    "requirements", "keyskills", "mandatoryskills", "skill")),
            Map.entry(ImportField.NICE_TO_HAVE, Set.of("nicetohave", "nicetohaves", "preferredskills",
                    "optionalskills", "desirable", "desirableskills", "bonusskills", "plus")),
            Map.entry(ImportField.SENIORITY, Set.of("seniority", "level", "experiencelevel", "senioritylevel",
                    "grade", "careerlevel")),
            Map.entry(ImportField.LOCATION, Set.of("location", "city", "joblocation", "worklocation", "country",
                    "office", "basedin", "place")),
            Map.entry(ImportField.REMOTE_POLICY, Set.of("remote", "remotepolicy", "workplace", "workplacetype",
                    "worktype", "worksetting", "workmodel", "onsite", "officepolicy")),
            Map.entry(ImportField.SALARY_MIN, Set.of("salarymin", "minsalary", "salaryfrom", "minimumsalary",
                    "salarylow", "basefrom", "payfrom", "salaryminimum")),
            Map.entry(ImportField.SALARY_MAX, Set.of("salarymax", "maxsalary", "salaryto", "maximumsalary",
                    "salaryhigh", "baseto", "payto", "salarymaximum")),
            Map.entry(ImportField.SALARY_CURRENCY, Set.of("currency", "salarycurrency", "paycurrency")),
            Map.entry(ImportField.FEE, Set.of("fee", "fees", "feeterms", "placementfee", "feepercentage",
                    "commission", "fee%", "terms")),
            Map.entry(ImportField.JOB_STATUS, Set.of("status", "jobstatus", "state", "vacancystatus",
                    "requisitionstatus", "stage")),
            Map.entry(ImportField.OWNER, Set.of("owner", "recruiter", "owneremail", "recruiteremail",
                    "assignedto", "consultant", "jobowner", "accountmanager")),
            Map.entry(ImportField.OPENED_ON, Set.of("openedon", "opened", "opendate", "dateopened", "openingdate",
                    "posted", "postedon", "dateposted", "created", "createdon", "createdat", "startdate")),
            Map.entry(ImportField.CLOSED_ON, Set.of("closedon", "closed", "closedate", "dateclosed", "closingdate",
                    "filledon", "enddate")));

    private static final Set<String> LINKEDIN_HEADERS = Set.of("firstname", "lastname", "url", "emailaddress",
            "company", "position", "connectedon");

    // an export's own ids, dates, statuses and notes: nothing a candidate's fields hold
    private static final Pattern NOT_FIELDS = Pattern.compile(
            "(id|ids|number|no)$|date|status|stage|notes?$|comment|owner|created|updated|modified|connectedon");
    private static final Pattern NOT_JOB_FIELDS = Pattern.compile(
            "(id|ids|number|no)$|notes?$|comment|updated|modified");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[\\d\\s().-]{7,20}$");
    private static final Pattern LINKEDIN = Pattern.compile("(?i)^(https?://)?([a-z]{2,3}\\.)?linkedin\\.com/.+");

    private ColumnSuggestions() {
    }

    /** Folds a header to letters and digits, lower case, without accents: how synonyms are compared. */
    static String fold(String header) {
        String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * @param samples the first data rows, to judge columns whose header is not known
     */
    public static ColumnMapping suggest(List<String> headers, List<List<String>> samples) {
        return suggest(ImportKind.CANDIDATES, headers, samples);
    }

    /** A field of the kind for each column, from its header and, for a header not known, its first values. */
    public static ColumnMapping suggest(ImportKind kind, List<String> headers, List<List<String>> samples) {
        List<String> folded = headers.stream().map(ColumnSuggestions::fold).toList();
        Map<ImportField, Set<String>> synonyms = switch (kind) {
            case CANDIDATES -> SYNONYMS;
            case COMPANIES -> COMPANY_SYNONYMS;
            case JOBS -> JOB_SYNONYMS;
        };
        // a job's status, owner and dates are fields of a job; an export's ids and notes are still nothing
        Pattern notFields = kind == ImportKind.JOBS ? NOT_JOB_FIELDS : NOT_FIELDS;
        String layout = null;
        if (kind == ImportKind.COMPANIES) {
            layout = folded.contains("accountname") || folded.contains("companydomainname") ? CRM_ACCOUNTS_EXPORT
                    : null;
        } else if (kind == ImportKind.JOBS) {
            layout = folded.stream().anyMatch(h -> h.equals("jobid") || h.equals("requisitionid")
                    || h.equals("vacancyid")) ? ATS_JOBS_EXPORT : null;
        } else if (Set.copyOf(folded).containsAll(LINKEDIN_HEADERS)) {
            layout = LINKEDIN_EXPORT;
        } else if (folded.stream().anyMatch(h -> h.equals("candidateid") || h.equals("applicantid"))
                || folded.stream().anyMatch(h -> h.equals("candidatename") || h.equals("candidatestatus"))) {
            layout = ATS_EXPORT;
        }
        List<ImportField> fields = new ArrayList<>();
        Set<ImportField> used = EnumSet.noneOf(ImportField.class);
        for (int column = 0; column < headers.size(); column++) {
            ImportField field = byHeader(synonyms, notFields, folded.get(column));
            if (field == ImportField.SKIP && kind != ImportKind.JOBS && !notFields.matcher(folded.get(column))
                    .find()) {
                field = byValues(values(samples, column));
            }
            if (field != ImportField.SKIP && !field.repeatable() && used.contains(field)) {
                field = ImportField.SKIP;
            }
            used.add(field);
            fields.add(field);
        }
        if (used.contains(ImportField.FIRST_NAME) && used.contains(ImportField.LAST_NAME)) {
            // "Name" next to first and last names is most likely a nickname or the two joined: the parts win
            fields.replaceAll(field -> field == ImportField.FULL_NAME ? ImportField.SKIP : field);
        }
        if (kind == ImportKind.COMPANIES && !fields.contains(ImportField.COMPANY_NAME)) {
            // a file of companies alone: its "Name" is the company's
            int name = folded.indexOf("name");
            if (name >= 0 && fields.get(name) == ImportField.FULL_NAME) {
                fields.set(name, ImportField.COMPANY_NAME);
            }
        }
        return new ColumnMapping(fields, separatorOf(fields, samples), layout);
    }

    private static ImportField byHeader(Map<ImportField, Set<String>> synonyms, Pattern notFields, String folded) {
        if (folded.isEmpty()) {
            return ImportField.SKIP;
        }
        for (var entry : synonyms.entrySet()) {
            if (entry.getValue().contains(folded)) {
                return entry.getKey();
            }
        }
        if (notFields.matcher(folded).find()) {
            return ImportField.SKIP;
        }
        // "Email Address 2", "Mobile Phone (work)", "Primary Skills": the longest synonym the header starts or ends with
        ImportField best = ImportField.SKIP;
        int bestLength = 3;
        for (var entry : synonyms.entrySet()) {
            for (String synonym : entry.getValue()) {
                if (synonym.length() > bestLength && (folded.startsWith(synonym) || folded.endsWith(synonym))) {
                    best = entry.getKey();
                    bestLength = synonym.length();
                }
            }
        }
        return best;
    }

    private static ImportField byValues(List<String> values) {
        if (values.isEmpty()) {
            return ImportField.SKIP;
        }
        if (mostly(values, EMAIL)) {
            return ImportField.EMAIL;
        }
        if (mostly(values, LINKEDIN)) {
            return ImportField.LINKEDIN;
        }
        if (mostly(values, PHONE) && values.stream().allMatch(v -> v.replaceAll("\\D", "").length() >= 7)) {
            return ImportField.PHONE;
        }
        return ImportField.SKIP;
    }

    private static boolean mostly(List<String> values, Pattern pattern) {
        long matching = values.stream().filter(value -> pattern.matcher(value).matches()).count();
        return matching * 10 >= values.size() * 8L;
    }

    private static List<String> values(List<List<String>> samples, int column) {
        return samples.stream().filter(row -> column < row.size()).map(row -> row.get(column))
                .filter(value -> value != null && !value.isBlank()).map(String::strip).toList();
    }

    /** The separator that splits the skills and tags cells: the one they hold most, a comma when none. */
    private static String separatorOf(List<ImportField> fields, List<List<String>> samples) {
        var counts = new java.util.LinkedHashMap<String, Integer>();
        for (String separator : List.of(",", ";", "|")) {
            counts.put(separator, 0);
        }
        for (int column = 0; column < fields.size(); column++) {
            if (fields.get(column).multiValued()) {
                for (String value : values(samples, column)) {
                    counts.replaceAll((separator, count) -> count + value.split(Pattern.quote(separator), -1).length
                            - 1);
                }
            }
        }
        return counts.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(ColumnMapping.DEFAULT_SEPARATOR);
    }

    /** The fields in a mapping that are named by more columns than they may be, for the mapping's message. */
    public static Set<ImportField> repeated(ColumnMapping mapping) {
        return mapping.fields().stream().filter(field -> field != ImportField.SKIP && !field.repeatable())
                .collect(Collectors.groupingBy(field -> field, Collectors.counting())).entrySet().stream()
                .filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
