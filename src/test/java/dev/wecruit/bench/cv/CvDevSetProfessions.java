package dev.wecruit.bench.cv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people of each profession write: job titles from junior to senior, the skills they name (with the aliases real
 * people use, "Kubernetes|k8s": one spelling is drawn per person), achievement bullets, summaries, qualifications and
 * invented employers. Written by us for this set; no text comes from real CVs or templates.
 *
 * <p>The catalogue is a small line format so that it reads like the CVs it produces:
 * <ul>
 * <li>{@code == key} starts a profession; {@code == de:key} is its German version.</li>
 * <li>{@code titles:}, {@code skills:}, {@code employers:}, {@code quals:} hold items separated by {@code ;}.
 *     An item may start with country codes ({@code US,CA:}) to be used only there, or {@code !US:} to never be used
 *     there. A title {@code Buchhalter§Buchhalterin} is the masculine and feminine form.</li>
 * <li>An employer ending in {@code *} is a company that may carry the country's legal suffix (Ltd, GmbH).</li>
 * <li>A qualification {@code LLB Law@University of Leeds} names its institution; without {@code @} one is drawn
 *     from the country's universities (or colleges, for a {@code vocational} profession).</li>
 * <li>{@code summary:} lines and {@code -} bullets use {@code {Skill}} for a skill of the pool, {@code #{a-b}} for
 *     a number, {@code {cur}} for the currency sign, {@code {years}} and {@code {title}} in summaries.</li>
 * </ul>
 */
final class CvDevSetProfessions {

    record Profession(
            String key,
            boolean vocational,
            List<Tagged> titles,
            List<Tagged> skills,
            List<Tagged> employers,
            List<Tagged> qualifications,
            List<String> summaries,
            List<Tagged> bullets) {}

    /** A catalogue item with the countries it is limited to, or excluded from. */
    record Tagged(String text, List<String> countries, boolean excluded) {
        boolean fits(String country) {
            return countries.isEmpty() || countries.contains(country) != excluded;
        }
    }

    private static final Pattern TAG = Pattern.compile("^(!?)([A-Z]{2}(?:,[A-Z]{2})*):\\s*(.*)$");

    private CvDevSetProfessions() {}

    static Map<String, Profession> load() {
        Map<String, Profession> professions = new LinkedHashMap<>();
        String key = null;
        boolean vocational = false;
        Map<String, List<Tagged>> lists = new LinkedHashMap<>();
        List<String> summaries = new ArrayList<>();
        List<Tagged> bullets = new ArrayList<>();
        for (String raw : (ENGLISH + LOCALISED).lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("== ")) {
                if (key != null) {
                    professions.put(key, build(key, vocational, lists, summaries, bullets));
                }
                String[] head = line.substring(3).split(" ");
                key = head[0];
                vocational = head.length > 1 && head[1].equals("vocational");
                lists = new LinkedHashMap<>();
                summaries = new ArrayList<>();
                bullets = new ArrayList<>();
            } else if (line.startsWith("- ")) {
                bullets.add(tagged(line.substring(2)));
            } else if (line.startsWith("summary: ")) {
                summaries.add(line.substring("summary: ".length()));
            } else {
                int colon = line.indexOf(": ");
                List<Tagged> items = new ArrayList<>();
                for (String item : line.substring(colon + 2).split(";")) {
                    items.add(tagged(item.strip()));
                }
                lists.put(line.substring(0, colon), items);
            }
        }
        professions.put(key, build(key, vocational, lists, summaries, bullets));
        return professions;
    }

    private static Profession build(String key, boolean vocational, Map<String, List<Tagged>> lists,
            List<String> summaries, List<Tagged> bullets) {
        for (String required : List.of("titles", "skills", "employers", "quals")) {
            if (!lists.containsKey(required)) {
                throw new IllegalStateException(key + " has no " + required);
            }
        }
        return new Profession(key, vocational, lists.get("titles"), lists.get("skills"), lists.get("employers"),
                lists.get("quals"), List.copyOf(summaries), List.copyOf(bullets));
    }

    private static Tagged tagged(String item) {
        Matcher tag = TAG.matcher(item);
        if (tag.matches()) {
            return new Tagged(tag.group(3), List.of(tag.group(2).split(",")), !tag.group(1).isEmpty());
        }
        return new Tagged(item, List.of(), false);
    }

    private static final String ENGLISH = """
            == software-engineer
            titles: Graduate Software Engineer; Software Engineer; Senior Software Engineer; Lead Software Engineer
            skills: Java; Spring Boot; Kotlin; Python; TypeScript|TS; JavaScript|JS; React|ReactJS|React.js; Node.js|NodeJS; PostgreSQL|Postgres; Kubernetes|k8s; Docker; AWS|Amazon Web Services; Terraform; Kafka|Apache Kafka; CI/CD; Git; REST APIs|REST; Microservices; GraphQL; Redis; Go|Golang; GitHub Actions; Jenkins
            employers: Brightlane Software*; Quantix Labs*; Corvid Systems*; Halcyon Payments*; Tessellate Commerce*; Northwind Digital*; Marlow Health Tech*; Parcelio*; Fernhill Games*
            quals: !IN: BSc Computer Science; !IN: BSc (Hons) Software Engineering; !IN: MEng Computer Science; !IN: MSc Advanced Computing; IN: B.Tech Computer Science and Engineering; IN: B.E. Information Technology; VN: Bachelor of Engineering in Computer Science@Hanoi University of Science and Technology; CZ: Bc. Informatics@Charles University
            summary: Backend-leaning software engineer with {years} years' experience building high-traffic services in {Java} and {Kotlin}. Comfortable owning a service from design to on-call.
            summary: Full-stack engineer who enjoys turning messy requirements into simple, well-tested software, happiest working across {React} front ends and {Node.js} APIs.
            summary: Software engineer with over {years} years of experience in fintech and e-commerce, focused on reliability, observability and clean APIs.
            - Designed and built a payments reconciliation service in {Java} and {Spring Boot}, processing #{2-9} million transactions a day
            - Migrated #{12-40} services from EC2 to {Kubernetes} on {AWS}, cutting infrastructure spend by #{15-35}%
            - Introduced contract tests and a {GitHub Actions} pipeline that took releases from days to under an hour
            - Rewrote the customer portal front end in {React} and {TypeScript}, lifting Lighthouse performance scores from #{40-55} to #{85-98}
            - Tuned slow {PostgreSQL} queries and added read replicas, reducing p95 API latency by #{30-60}%
            - Built an event-driven order pipeline on {Kafka}, replacing nightly batch jobs
            - Mentored #{2-5} junior engineers and ran fortnightly code-review clinics
            - Codified environments in {Terraform} and {Docker}, so a new staging stack spins up in minutes
            - Exposed a public {GraphQL} API now used by #{20-80} partner integrations
            - Put {Redis} caching in front of the pricing service, halving database load at peak
            - Led the split of the booking monolith into {Microservices} with a zero-downtime cut-over
            - Wrote internal tooling in {Python} to automate on-call runbooks
            - Maintained the {Jenkins} build farm and moved #{30-90} jobs to declarative pipelines

            == data-analyst
            titles: Junior Data Analyst; Data Analyst; Senior Data Analyst; Analytics Lead
            skills: SQL; Python; Power BI; Tableau; MS Excel|Excel|Microsoft Excel; pandas; R; Looker; dbt; Snowflake; BigQuery|Google BigQuery; A/B testing; Statistics; Data visualisation|Data visualization; Google Analytics|GA4; VBA; ETL
            employers: Cobalt Retail Group*; Greenfield Insurance*; Lumen Telecom*; Harbourline Logistics*; Fable Media*; Orchard Energy*; Meridian Travel*; Straits Commerce*
            quals: BSc Mathematics; BSc Economics; MSc Data Science; BSc (Hons) Statistics; IN: B.Sc. Statistics; IN: M.Sc. Data Science; PL: Master's degree in Econometrics@Cracow University of Economics; SG: Bachelor of Science (Statistics)@National University of Singapore
            summary: Data analyst with {years} years' experience turning raw data into decisions for commercial and operations teams.
            summary: Analytical, detail-driven analyst comfortable with {SQL}, {Python} and stakeholder-facing {Data visualisation}.
            summary: Curious analyst who likes clean data models and plain-English answers; {years}+ years in retail and insurance analytics.
            - Built a {Power BI} sales dashboard used by #{40-200} account managers, replacing #{5-12} weekly spreadsheets
            - Wrote {SQL} models in {dbt} on {Snowflake} that became the single source of truth for revenue reporting
            - Designed and analysed {A/B testing} for the checkout flow, lifting conversion by #{2-6}%
            - Automated a monthly KPI pack with {Python} and {pandas}, saving about #{2-5} days of manual work a month
            - Cleaned and reconciled CRM data in {MS Excel} and {VBA}, reducing duplicate accounts by #{20-45}%
            - Produced churn analysis in {R} that shaped a retention campaign protecting an estimated #{3-9}% of annual revenue
            - Set up {Google Analytics} event tracking and {Looker} dashboards for the marketing team
            - Migrated reporting from an on-premise warehouse to {BigQuery}
            - Presented monthly insights to the leadership team, translating {Statistics} into clear recommendations
            - Built {ETL} jobs pulling data from #{4-9} operational systems into the warehouse
            - Created {Tableau} workbooks tracking store performance across #{80-300} branches

            == nurse
            titles: Staff Nurse; Senior Staff Nurse; GB: Ward Sister; IE: Clinical Nurse Manager; !GB,IE: Charge Nurse; Clinical Nurse Specialist
            skills: Patient care; Phlebotomy; Wound care; IV cannulation; Medication administration; Care planning; Infection control; Triage; BLS|Basic Life Support; ALS|Advanced Life Support; Catheterisation; ECG; Tissue viability; Palliative care; Discharge planning; Epic|Epic EHR
            employers: {city} General Hospital; St Bride's Hospital; {city} Royal Infirmary; Northgate Community Hospital; Hollybank Nursing Home; {city} University Hospital; St Luke's Hospital
            quals: GB: BSc (Hons) Adult Nursing; GB: Diploma in Adult Nursing; IE: BSc General Nursing; IE: Higher Diploma in Emergency Nursing; IN: B.Sc. Nursing; IN: PG Certificate in Critical Care Nursing; !GB,IE,IN: BSc Nursing
            summary: Registered nurse with {years} years' experience in acute medicine and emergency care. Calm under pressure and patient-centred.
            summary: Compassionate {title} who leads by example on a busy acute ward and enjoys teaching students.
            - Delivered {Patient care} to up to #{24-32} patients on a busy acute medical ward
            - Took charge of the ward on night shifts, coordinating #{4-8} nurses and healthcare assistants
            - Performed {Phlebotomy}, {IV cannulation} and {ECG} recordings as part of the ward's extended-skills team
            - Led {Wound care} reviews with the {Tissue viability} team, reducing hospital-acquired pressure ulcers by #{20-40}%
            - Safely managed {Medication administration}, including controlled drugs and IV antibiotics
            - Carried out {Triage} in a #{40-60}-bed emergency department using the Manchester Triage System
            - Acted as ward link nurse for {Infection control}, auditing hand-hygiene compliance every month
            - Coordinated complex {Discharge planning} with social work and community teams
            - Supported patients and families through {Palliative care}, working closely with the hospice liaison team
            - Practice assessor for #{6-15} student nurses a year
            - Documented {Care planning} and observations on {Epic} after the trust's go-live

            == accountant
            titles: Accounts Assistant; Assistant Accountant; Management Accountant; Financial Controller
            skills: IFRS; GB: UK GAAP; IE: FRS 102; Month-end close; Management accounts; Bank reconciliations; VAT returns; SAP; Sage 50|Sage; Xero; MS Excel|Excel; Power Query; Budgeting and forecasting; Audit preparation; Accounts payable; Payroll; Statutory accounts
            employers: Hartwell & Co*; Pennine Foods Group*; Kestrel Property Holdings*; Ashcombe Manufacturing*; Brightwater Housing Association; Sterling Dental Group*; Liffey Valley Logistics*
            quals: BA (Hons) Accounting and Finance; BSc Accounting; BComm Accounting; ACCA Qualified@Association of Chartered Certified Accountants; GB: CIMA Certificate in Business Accounting@Chartered Institute of Management Accountants; IE: Chartered Accountant (ACA)@Chartered Accountants Ireland
            summary: ACCA-qualified accountant with {years} years' experience in manufacturing and property groups, strong on {IFRS} and controls.
            summary: Hands-on {title} who likes a clean ledger, a fast close and a finance team that people want to talk to.
            - Prepared monthly {Management accounts} and board packs for a group with #{4-9} trading entities
            - Reduced the {Month-end close} from #{8-10} to #{4-6} working days by automating journals in {Power Query}
            - Owned quarterly {VAT returns} and statutory filings without a single late submission
            - Led {Audit preparation}, cutting auditor queries by a third year on year
            - Implemented {Xero} across #{3-6} subsidiaries, replacing spreadsheets and paper invoices
            - Produced {Statutory accounts} for #{3-8} companies under {IFRS}
            - Ran the annual {Budgeting and forecasting} cycle with #{6-14} budget holders
            - Performed daily {Bank reconciliations} across #{5-20} accounts in {SAP}
            - Supervised {Accounts payable} and {Payroll} for #{150-600} employees
            - Built variance reports in {MS Excel} that the operations directors actually read

            == solicitor
            titles: Trainee Solicitor; Solicitor; Associate Solicitor; Senior Associate
            skills: Contract law; Commercial contracts; Employment law; Litigation; Due diligence; Legal research; Drafting; Negotiation; GDPR|Data protection; Conveyancing; Dispute resolution; Mergers and acquisitions|M&A; LexisNexis; Westlaw; Case management
            employers: Harlow & Finch LLP; Whitcombe Solicitors; Greaves Morton LLP; Aldridge Kerr Solicitors; Carrick & Doyle Solicitors; Fennimore Law
            quals: LLB Law; LLB (Hons) Law; GB: Legal Practice Course (LPC); GB: Graduate Diploma in Law; IE: BCL Law; IE: Professional Practice Course@Law Society of Ireland
            summary: Commercial solicitor with {years} years' experience advising owner-managed businesses on {Contract law}, disputes and employment matters.
            summary: Pragmatic {title} known for clear advice, careful {Drafting} and calm negotiation.
            - Advised clients on {Commercial contracts} worth up to {cur}#{2-40}m, including SaaS, supply and distribution agreements
            - Ran a caseload of #{30-60} {Employment law} matters from claim to settlement
            - Led {Due diligence} workstreams on #{5-15} {Mergers and acquisitions} transactions
            - Drafted pleadings, witness statements and instructions to counsel in High Court {Litigation}
            - Delivered {GDPR} training to in-house legal teams at #{3-8} clients
            - Handled residential and commercial {Conveyancing} files end to end
            - Carried out {Legal research} on {Westlaw} and {LexisNexis} for partners' advice notes
            - Negotiated settlements in {Dispute resolution} matters, recovering {cur}#{150-900}k for clients
            - Kept #{80-150} live files on track in the firm's {Case management} system

            == logistics-manager
            titles: Logistics Coordinator; Transport Planner; Logistics Manager; Head of Logistics
            skills: Supply chain management; WMS|Warehouse Management Systems; SAP; Transport planning; Route optimisation; Inventory management; KPI reporting; Lean|Lean Six Sigma; Import/export; Incoterms; Customs compliance; MS Excel|Excel; Health and safety; Procurement
            employers: Harbourline Logistics*; Midway Distribution*; Atlas Freight Services*; Greenway Retail*; Kingfisher Foods*; Northstar Cold Chain*; Vltava Freight*
            quals: BSc (Hons) Logistics and Supply Chain Management; BA Business Management; MSc Supply Chain Management; CZ: Ing. Logistics@Brno University of Technology; NG: B.Sc. Transport Management@Ladoke Akintola University of Technology
            summary: Logistics manager with {years} years' experience running transport and warehouse operations for retail and food distribution.
            summary: Results-driven {title}: safe, on-time, on-budget, with a habit of fixing the root cause.
            - Managed a fleet of #{25-90} vehicles delivering to #{150-600} stores across the region
            - Cut transport cost per drop by #{8-18}% through {Route optimisation} and backhaul planning
            - Implemented a new {WMS} across #{2-4} distribution centres without missing a customer delivery
            - Improved on-time-in-full from #{88-92}% to #{96-99}% with weekly {KPI reporting}
            - Led {Import/export} operations for #{200-900} containers a year, ensuring {Customs compliance} and correct {Incoterms}
            - Ran {Lean} workshops that freed #{800-2000} square metres of warehouse space
            - Negotiated haulage contracts worth {cur}#{2-9}m a year with #{6-12} carriers
            - Kept {Inventory management} accuracy above 99% through daily cycle counts
            - Owned {Transport planning} for #{120-400} deliveries a day using {SAP} and a routing tool

            == warehouse-supervisor vocational
            titles: Warehouse Operative; Team Leader; Warehouse Supervisor; Shift Manager
            skills: Forklift|Forklift licence|FLT licence; Counterbalance forklift; Reach truck; Stock control; Pick and pack; WMS; Health and safety; Goods in; Team leadership; Cycle counting; RF scanners; Manual handling; First aid; SAP
            employers: Midway Distribution*; Greenway Retail*; Kingfisher Foods*; Parcelwise Couriers*; Shannon Cold Stores*; Harbourline Logistics*
            quals: GB: NVQ Level 2 Warehousing and Storage; GB: Level 3 Certificate in Team Leading; GB: GCSEs (8 subjects); IE: QQI Level 5 Warehousing and Distribution; IE: Leaving Certificate; PL: Technik logistyk@Zespół Szkół Ekonomicznych w Poznaniu
            summary: Reliable warehouse supervisor with {years} years in fast-moving distribution, licensed on {Counterbalance forklift} and {Reach truck}.
            summary: Hard-working {title} who keeps shifts safe, accurate and on time.
            - Supervised a night shift of #{15-40} operatives in a 24/7 ambient distribution centre
            - Hit #{99-100}% dispatch accuracy for #{6-14} months running through tighter {Pick and pack} checks
            - Trained #{10-30} new starters on {Manual handling}, {RF scanners} and the {Counterbalance forklift}
            - Ran daily {Goods in} for #{30-70} trailers, resolving discrepancies with suppliers
            - Led weekly {Cycle counting} and {Stock control} audits, bringing stock variance under half a percent
            - No lost-time accidents in #{12-24} months as the site's {Health and safety} champion
            - Coordinated peak-season staffing, onboarding up to #{20-60} agency workers
            - Updated stock and picks in the {WMS} and {SAP} handhelds

            == site-manager
            titles: Assistant Site Manager; Site Manager; Senior Site Manager; Construction Manager
            skills: CSCS card|CSCS Black Card; SMSTS; NEBOSH; First aid at work; Health and safety; Programme management; Subcontractor management; Quality control; RAMS; GB: CDM 2015|CDM regulations; Asta Powerproject; MS Project; Building regulations; Budget control
            employers: Barrowfield Construction*; Kestrel Homes*; Oakridge Build*; Hallam Contractors*; Rydal Developments*; Pohjola Rakennus*
            quals: GB: HNC Construction and the Built Environment; GB: BSc (Hons) Construction Management; GB: NVQ Level 6 Construction Site Management; FI: Bachelor of Engineering, Construction Engineering@Metropolia University of Applied Sciences
            summary: Site manager with {years} years' experience delivering residential and commercial schemes safely, on programme and on budget.
            summary: Safety-first {title} with a strong record of handing over defect-free buildings.
            - Ran a {cur}#{6-30}m, #{40-120}-unit residential scheme from groundworks to handover
            - Managed up to #{8-20} trade packages, chairing weekly {Subcontractor management} meetings
            - GB: Wrote and reviewed {RAMS} and kept the site compliant with {CDM 2015}
            - !GB: Wrote and reviewed {RAMS} and method statements for every trade package
            - Delivered the project #{2-6} weeks ahead of programme, tracked in {Asta Powerproject}
            - Zero reportable incidents across #{18-36} months on site
            - Led snagging and {Quality control} inspections with building control and the warranty provider
            - Owned {Budget control} for preliminaries, reporting cost-to-complete monthly
            - Planned look-ahead programmes in {MS Project} for #{3-6} blocks running in parallel

            == civil-engineer
            titles: Graduate Civil Engineer; Civil Engineer; Senior Civil Engineer; Principal Engineer
            skills: AutoCAD; Civil 3D; Revit; Structural analysis; Highway design; Eurocodes; MicroDrainage; Site supervision; Geotechnical design; BIM; NEC4|NEC contracts; CSCS card; Flood risk assessment
            employers: Arden Consulting Engineers*; Whitmore Infrastructure*; Calder Bridge Partnership; Tarn & Fell Engineering*; Meridian Civils*; Niger Delta Consulting Engineers*
            quals: BEng (Hons) Civil Engineering; MEng Civil Engineering; MSc Structural Engineering; NG: B.Eng. Civil Engineering@University of Lagos; NG: M.Sc. Structural Engineering@Ahmadu Bello University
            summary: Chartered civil engineer with {years} years' experience in drainage, highways and flood schemes.
            summary: Practical {title} who is equally at home in {AutoCAD} and on site in boots.
            - Designed surface water drainage for a #{200-900}-home development in {MicroDrainage} and {Civil 3D}
            - Produced {Highway design} drawings for #{2-8} km of single-carriageway bypass
            - Checked reinforced concrete and steel elements to {Eurocodes} as part of the bridge design team
            - Coordinated {BIM} models in {Revit} with structural and MEP consultants
            - Provided {Site supervision} on a {cur}#{8-40}m flood alleviation scheme
            - Administered {NEC4} contracts, assessing compensation events and monthly valuations
            - Prepared {Geotechnical design} reports from ground investigation data
            - Wrote the {Flood risk assessment} for #{6-15} planning applications

            == sales-executive
            titles: Sales Development Representative; Sales Executive; Senior Account Executive; Key Account Manager
            skills: B2B sales; Salesforce; HubSpot; Lead generation; Cold calling; Account management; Negotiation; Pipeline management; CRM; Consultative selling; Contract renewals; Territory management; MS Office|Microsoft Office
            employers: Vantage Office Solutions*; Peregrine Software*; Clearwater Packaging*; Axiom Medical Supplies*; Summit Telecom*; Gulfstar Trading*; Maple Leaf Office Supply*
            quals: BA Business Administration; BCom Marketing; BA (Hons) Business and Management; AE: Bachelor of Business Administration@American University of Sharjah; CA: Bachelor of Commerce@Toronto Metropolitan University
            summary: Target-driven sales executive with {years} years in {B2B sales}, consistently above quota.
            summary: Energetic {title} who builds relationships that last past the first order.
            - Closed {cur}#{400-1900}k of new business in my first full year, #{110-140}% of target
            - Built a pipeline of #{40-120} qualified opportunities through {Cold calling} and LinkedIn outreach
            - Managed #{30-80} key accounts with #{90-97}% {Contract renewals}
            - Kept {Salesforce} pipeline data clean enough that forecasts landed within #{3-8}% of actuals
            - Won the company's President's Club award #{2-3} years in a row
            - Covered #{150-300} dealers across the territory through structured {Territory management}
            - Used {Consultative selling} to move customers from one-off orders to annual contracts
            - Set up {HubSpot} sequences that doubled demo bookings in a quarter
            - Ran {Lead generation} campaigns with marketing that produced #{200-600} inbound leads

            == marketing-manager
            titles: Marketing Executive; Digital Marketing Manager; Marketing Manager; Head of Marketing
            skills: SEO; PPC|Google Ads; Content marketing; Social media marketing; Google Analytics|GA4; HubSpot; Email marketing; Brand strategy; Marketing automation; Copywriting; Campaign management; Adobe Creative Suite; Meta Ads|Facebook Ads
            employers: Lark & Ivy Cosmetics*; Fenwick Outdoor*; Tidewater Travel*; Northbrook Foods*; Kilnworks Homeware*; Saigon Coffee Roasters*
            quals: BA (Hons) Marketing; BSc Business with Marketing; MSc Digital Marketing; VN: Bachelor of Business Administration (Marketing)@RMIT University Vietnam
            summary: Marketing manager with {years} years' experience growing consumer brands through {SEO}, paid social and email.
            summary: Creative, numbers-minded {title} who has built marketing teams from scratch twice.
            - Grew organic traffic by #{60-180}% in #{12-18} months through {SEO} and a new {Content marketing} programme
            - Managed a {cur}#{200-900}k annual media budget across {PPC} and {Meta Ads}
            - Led a rebrand with an external agency, owning {Brand strategy} and messaging
            - Built {Marketing automation} journeys in {HubSpot} that increased marketing-qualified leads by #{30-70}%
            - Ran {Email marketing} to a #{40-250}k-subscriber list with #{30-45}% open rates
            - Led a team of #{3-7} across content, social and performance
            - Reported campaign return monthly from {Google Analytics} to the board
            - Wrote launch {Copywriting} for #{10-30} product releases a year

            == teacher
            titles: Trainee Teacher; Teacher of Mathematics; Second in Mathematics; Head of Mathematics
            skills: Lesson planning; Differentiation; Behaviour management; Safeguarding; GB: GCSE Mathematics; GB: A-Level Mathematics; Assessment for learning; SEN support|SEND; Google Classroom; Microsoft Teams; Curriculum development; Pastoral care; Data tracking
            employers: {city} Academy; St Aidan's Catholic High School; Parkfield School; Elmstead High School; Westbrook College; {city} Grammar School
            quals: GB: PGCE Secondary Mathematics; GB: BSc (Hons) Mathematics; AU: Bachelor of Education (Secondary)@Queensland University of Technology; AU: Bachelor of Science (Mathematics)@University of Queensland
            summary: Mathematics teacher with {years} years' experience in secondary schools, raising attainment through structured, well-differentiated lessons.
            summary: Enthusiastic {title} who believes every student can enjoy maths.
            - Taught Mathematics to mixed-ability classes of up to #{28-32} students aged 11 to 18
            - Raised the pass rate of my senior classes from #{70-80}% to #{85-95}% through targeted intervention groups
            - Planned lessons with clear {Differentiation} for {SEN support} learners
            - Deputy lead for {Safeguarding}, handling referrals with the pastoral team
            - Moved department homework and feedback onto {Google Classroom}
            - Led {Curriculum development} for the new Year 7 scheme of work
            - Form tutor for #{25-30} students, providing {Pastoral care} and running parents' evenings
            - Used {Data tracking} each term to plan interventions for under-performing students
            - Applied consistent {Behaviour management} that cut lesson removals by #{30-60}%

            == chef vocational
            titles: Commis Chef; Chef de Partie; Sous Chef; Head Chef
            skills: Menu development; HACCP; Food safety; Kitchen management; Stock control; Butchery; Pastry; Allergen management; Cost control; Food hygiene Level 3|Level 3 Food Hygiene; Sous vide; Rota planning
            employers: The Salt House; Brasserie Lumière; Fig & Olive Kitchen; The Old Granary; Harbour Street Dining; Riverside Hotel & Spa; Bluegum Eatery
            quals: GB: Level 3 Diploma in Professional Cookery; AU: Certificate IV in Commercial Cookery@TAFE NSW; AU: Certificate III in Commercial Cookery@TAFE NSW; US: Associate Degree in Culinary Arts@Johnson County Community College; US: ServSafe Manager Certification@National Restaurant Association
            summary: Head chef with {years} years' experience in busy brasseries and hotels, focused on seasonal produce and a happy kitchen.
            summary: Driven {title} who runs a calm, clean, profitable kitchen.
            - Ran the kitchen for a #{80-160}-cover restaurant serving lunch and dinner six days a week
            - Wrote seasonal menus that kept gross profit above #{68-74}% through tight {Cost control}
            - Led {Menu development} for a new brunch service, now #{20-35}% of weekend sales
            - Kept a top food hygiene rating through strict {HACCP} and {Allergen management}
            - Managed ordering and {Stock control} with #{6-12} suppliers, cutting waste by #{15-30}%
            - Trained and supervised a brigade of #{5-14} chefs, including #{2-4} apprentices
            - Handled whole-animal {Butchery} for the restaurant's nose-to-tail menu
            - Ran the {Pastry} section for weddings and events of up to #{150-300} guests
            - Introduced {Sous vide} cooking, cutting Saturday ticket times by #{3-8} minutes

            == hr-business-partner
            titles: HR Advisor; Senior HR Advisor; HR Business Partner; Senior HR Business Partner
            skills: Employee relations; Talent management; Workday; Performance management; Change management; Employment law; Organisational design; Recruitment; Succession planning; Learning and development|L&D; HR analytics; Coaching; Reward and benefits; GB: CIPD Level 7|CIPD
            employers: Calloway Insurance*; Brightstone Retail*; Aster Pharmaceuticals*; Holloway Engineering*; Vista Hotels Group*; Paulista Foods*
            quals: BA (Hons) Human Resource Management; BSc Psychology; MSc Human Resource Management; BR: Bacharelado em Administração@Universidade de São Paulo; US: B.A. Psychology@University of Illinois Urbana-Champaign
            summary: HR business partner with {years} years' experience supporting fast-growing, multi-site businesses.
            summary: Commercial, people-first {title} who gives managers straight advice.
            - Partnered with #{3-6} directors across a population of #{400-1500} employees
            - Handled complex {Employee relations} cases, from grievances to dismissals, with no external escalation
            - Led the people side of a restructure affecting #{60-200} roles, using structured {Change management}
            - Rolled out {Workday} and a new {Performance management} cycle
            - Designed a {Succession planning} framework for #{40-80} critical roles
            - Cut time-to-hire from #{45-60} to #{25-35} days by reworking the {Recruitment} process
            - Built monthly {HR analytics} dashboards on attrition, absence and engagement
            - Ran {Coaching} sessions for first-line managers on difficult conversations

            == graphic-designer
            titles: Junior Graphic Designer; Graphic Designer; Senior Graphic Designer; Art Director
            skills: Adobe Photoshop|Photoshop; Adobe Illustrator|Illustrator; Adobe InDesign|InDesign; Figma; Branding; Typography; Layout design; Print production; Motion graphics; After Effects; Packaging design; UI design; Canva
            employers: Studio Mast*; Paperplane Creative*; Inkwell Agency*; Hatch & Co. Design*; Kite Branding*; Nordlys Studio*
            quals: BA (Hons) Graphic Design; BA Graphic Communication; BR: Bacharelado em Design Gráfico@Universidade Presbiteriana Mackenzie; DK: BA Visual Communication@Royal Danish Academy
            summary: Graphic designer with {years} years' experience in {Branding}, packaging and digital campaigns.
            summary: Detail-obsessed {title} with a love of {Typography} and print.
            - Created {Branding} for #{10-30} clients, from logo to full guidelines
            - Led {Packaging design} for a #{20-60}-product snack range, from concept to {Print production}
            - Produced social and {Motion graphics} content in {After Effects} for campaigns reaching #{1-5} million people
            - Laid out a #{48-120}-page annual report in {Adobe InDesign}
            - Built a component library in {Figma} shared with the product team
            - Retouched product photography in {Adobe Photoshop} for #{200-600} e-commerce listings a month
            - Illustrated a children's book series in {Adobe Illustrator}

            == mechanical-engineer
            titles: Graduate Mechanical Engineer; Mechanical Engineer; Senior Mechanical Engineer; Lead Mechanical Engineer
            skills: SolidWorks; AutoCAD; CATIA; FEA|Finite element analysis; ANSYS; GD&T; DFMEA|FMEA; MATLAB; Root cause analysis; Lean manufacturing; Six Sigma; Product development; Hydraulics
            employers: Fjordtek Subsea*; Halden Pumps*; Brennan Precision*; Atlas Motion Systems*; Corran Hydraulics*; Great Lakes Fluid Power*
            quals: !NO,US: MEng Mechanical Engineering; !NO,US: BEng (Hons) Mechanical Engineering; NO: Master of Science in Mechanical Engineering@Norwegian University of Science and Technology (NTNU); NO: Bachelor of Engineering, Mechanical Engineering@University of Stavanger; US: B.S. Mechanical Engineering@Purdue University
            summary: Mechanical engineer with {years} years' experience designing pumps, valves and hydraulic systems for demanding environments.
            summary: Hands-on {title} who takes products from first sketch to series production.
            - Designed subsea valve assemblies in {SolidWorks}, taking #{3-6} products from concept to production
            - Ran {FEA} in {ANSYS} on pressure-retaining parts
            - Applied {GD&T} to drawings, cutting supplier non-conformances by #{20-45}%
            - Led {DFMEA} reviews for a new pump range with manufacturing and quality
            - Used {Root cause analysis} to close #{20-50} field failures
            - Automated test-rig data processing in {MATLAB}
            - Delivered {Lean manufacturing} improvements saving {cur}#{80-400}k a year
            - Specified {Hydraulics} for a #{50-200}-tonne press line
            - Led a {Six Sigma} project that cut scrap on the machining line by #{20-40}%
            - Owned the design of a compact pump skid from first sketch to factory acceptance test
            - Produced 2D manufacturing drawings in {AutoCAD} for legacy product variants
            - Supported {Product development} gates with cost, risk and test evidence
            - Investigated seal failures with suppliers and changed the material specification
            - Wrote test procedures and witnessed qualification tests with customers and third-party inspectors
            - Mentored #{2-4} graduate engineers through their first design reviews
            - Modelled castings and forgings in {CATIA} for a new valve family
            - Reduced the weight of a subsea manifold frame by #{8-20}% after topology studies
            - Created design calculations for lifting points and transport frames
            - Owned the engineering change process for a mature product line of #{40-120} parts
            - Supported commissioning offshore and wrote the lessons-learned report
            - Ran tolerance stack-ups for a new gearbox housing
            - Worked with procurement on second-source suppliers for critical forgings
            - Introduced design-review checklists that halved late drawing changes
            - Presented technical solutions to customers during tender clarification meetings
            - Built a parametric model library that cut concept design time by about a third
            - Coordinated factory acceptance testing with the quality and test teams

            == pharmacist
            titles: Foundation Pharmacist; Pharmacist; Pharmacist Manager; Lead Clinical Pharmacist
            skills: Clinical pharmacy; Medicines optimisation; Dispensing; Independent prescribing; Patient counselling; Controlled drugs; Medicines reconciliation; GB: Pharmacy First; Vaccinations; EMIS; Pharmacovigilance
            employers: Greenleaf Pharmacy; {city} Community Pharmacy; Wellbrook Chemists; {city} Royal Infirmary; Oakfield Primary Care Network
            quals: GB: MPharm (Hons) Pharmacy; GB: Postgraduate Diploma in Clinical Pharmacy; GB: Independent Prescribing Certificate
            summary: GPhC-registered pharmacist with {years} years' experience across community and hospital practice.
            summary: Patient-focused {title} and independent prescriber with a keen interest in {Medicines optimisation}.
            - Oversaw {Dispensing} of #{200-400} items a day in a busy community pharmacy
            - Delivered #{800-2000} flu and COVID-19 {Vaccinations} over a winter season
            - Ran {Medicines reconciliation} for admissions on #{2-4} medical wards
            - Qualified in {Independent prescribing} and now run a hypertension clinic
            - Managed {Controlled drugs} registers and audits with zero discrepancies
            - GB: Launched {Pharmacy First} consultations, growing to #{40-90} a week
            - Provided {Patient counselling} on new medicines and inhaler technique
            - Carried out structured medication reviews in GP practices using {EMIS}

            == project-manager
            titles: Project Coordinator; Project Manager; Senior Project Manager; Programme Manager
            skills: Agile; Scrum; PRINCE2; PMP; Jira; MS Project; Risk management; Stakeholder management; Budget management; Confluence; Change management; Waterfall; Smartsheet; Resource planning
            employers: Ardent Health Systems*; Polaris Utilities*; Crestline Insurance*; Meridian Rail*; Cobalt Retail Group*; Nordvik Energi*; Desert Rose Developments*
            quals: BA Business Management; BSc Information Systems; MBA; US: B.S. Industrial Engineering@Georgia Institute of Technology; US: MBA@University of Texas at Austin; SE: MSc Industrial Engineering and Management@KTH Royal Institute of Technology; AE: Bachelor of Engineering (Civil)@United Arab Emirates University
            summary: PMP-certified project manager with {years} years' experience delivering ERP, infrastructure and digital programmes.
            summary: Calm, structured {title} who keeps big programmes honest about risk.
            - Delivered a {cur}#{2-12}m ERP rollout across #{4-12} sites on time and #{2-6}% under budget
            - Ran #{3-6} {Scrum} teams, introducing {Jira} boards and quarterly planning
            - Kept a RAID log and {Risk management} process that surfaced supplier delays months early
            - Led {Stakeholder management} for #{10-30} senior stakeholders, including a monthly steering committee
            - Moved the PMO from {Waterfall} templates to a hybrid {Agile} framework
            - Managed {Resource planning} for #{20-60} engineers across #{3-5} concurrent projects
            - Documented decisions and lessons learned in {Confluence}
            - Tracked budgets and forecasts in {MS Project} and {Smartsheet}
            - Led {Change management} for #{300-1200} users moving to the new system
            - Owned {Budget management} for a portfolio worth {cur}#{5-30}m
            - Recovered a failing data-centre migration, re-planning #{40-120} workstreams and landing it #{2-4} weeks after the original date
            - Set up the PMO reporting pack used by the executive team every month
            - Negotiated scope and change requests with #{3-8} suppliers, saving {cur}#{200-900}k
            - Coached #{4-10} junior project managers towards their {PRINCE2} and {PMP} certifications
            - Ran vendor selection for a new CRM platform, from RFP to contract signature
            - Introduced earned-value tracking, giving the board an honest view of schedule and cost
            - Ran lessons-learned reviews that cut repeat issues on later projects by a third
            - Coordinated cut-over weekends for #{3-6} go-lives with no customer-facing downtime
            - Wrote business cases for #{3-7} programmes, #{2-5} of which were approved by the investment board
            - Brought a stalled warehouse automation project back on track within one quarter
            - Ran daily stand-ups and fortnightly sprint reviews for a distributed team in #{2-4} time zones
            - Built the integrated plan for a merger of two billing platforms serving #{200-900}k customers
            - Introduced a single intake process for new project requests across the business
            - Managed the move of #{300-900} staff into a new head office with zero lost working days
            - Chaired weekly supplier performance reviews and escalated persistent issues to contract owners
            - Produced monthly highlight reports and RAG status for the programme board
            - Led hypercare after go-live, closing #{150-400} post-launch tickets within six weeks
            - Rolled out {Jira} and {Confluence} across the PMO, replacing spreadsheets and shared drives

            == customer-service vocational
            titles: Customer Service Advisor; Senior Customer Service Advisor; Team Leader; Customer Service Manager
            skills: Customer service; Complaint handling; Zendesk; Salesforce; Live chat; Call handling; CRM; Upselling; Data entry; MS Office; Conflict resolution; Coaching; Typing 60 wpm
            employers: Brightline Energy*; Telco One*; Harbour Bank*; Atlantic Shared Services*; Parcelwise Couriers*; Tagus Contact Centre*; Lone Star Utilities*
            quals: GB: BTEC Level 3 Extended Diploma in Business; GB: GCSEs (9 subjects including English and Maths); PT: Licenciatura em Línguas e Relações Empresariais@Universidade de Aveiro; US: High School Diploma@Westlake High School; US: Associate of Arts@Austin Community College
            summary: Friendly, resilient customer service professional with {years} years in busy contact centres.
            summary: Patient {title} who turns unhappy customers into loyal ones.
            - Handled #{60-90} calls and chats a day with a customer satisfaction score of #{90-97}%
            - Resolved escalated complaints within #{2-5} working days, cutting repeat contacts by #{10-25}%
            - Answered {Live chat} and email tickets in {Zendesk}, keeping first response under #{2-5} minutes
            - Top performer for {Upselling} broadband add-ons for #{3-6} quarters
            - Coached #{6-12} new advisors and walked the floor on launch days
            - Kept customer records accurate in {Salesforce}
            - Used {Conflict resolution} techniques to de-escalate the most difficult calls on the team
            - Owned {Complaint handling} for the regulator-referred queue

            == electrician vocational
            titles: Apprentice Electrician; Electrician; !US: Approved Electrician; US: Journeyman Electrician; Electrical Supervisor
            skills: !US: 18th Edition|BS 7671; !US: Inspection and testing; Fault finding; !US: Domestic installations; Commercial installations; Fire alarm systems; EV chargers; Containment; Three-phase; !US: PAT testing; GB: ECS Gold Card|ECS card; Emergency lighting; US: NEC; US: Conduit bending; US: OSHA 30; AU: AS/NZS 3000; AU: A-grade electrical licence
            employers: Spark & Wire Electrical*; Brightwire Services*; Volt Electrical Contractors*; Henley Facilities Management*; Kestrel Electrical*; Southern Cross Electrical Services*; Lakeview Electric*
            quals: GB: NVQ Level 3 Electrotechnical Technology; GB: City & Guilds 2391 Inspection and Testing; AU: Certificate III in Electrotechnology Electrician@TAFE Queensland; US: Electrical Apprenticeship Program@Northern Virginia Community College; US: High School Diploma@Fairfax High School
            summary: Qualified electrician with {years} years' experience in domestic and commercial work, tidy and safety-conscious.
            summary: Reliable {title} with a good eye for {Fault finding}.
            - !US: Carried out rewires, consumer unit upgrades and new-build {Domestic installations} to {18th Edition} standards
            - !US: Completed {Inspection and testing} and condition reports on #{200-500} properties for housing associations
            - US: Installed and serviced residential and light-commercial wiring to the {NEC}
            - US: Bent and ran EMT conduit for a #{3-8}-storey medical office build ({Conduit bending})
            - Fitted #{50-150} home and workplace {EV chargers}
            - Led {Fault finding} on {Three-phase} plant and machinery in food factories
            - Installed and maintained {Fire alarm systems} and {Emergency lighting} in schools and offices
            - Ran {Containment} and cable installs on a #{4-12}-storey office fit-out
            - Supervised #{2-6} electricians and apprentices on {Commercial installations}

            == financial-analyst
            titles: Financial Analyst; Senior Financial Analyst; FP&A Manager; Finance Business Partner
            skills: Financial modelling; FP&A; Budgeting; Forecasting; Variance analysis; MS Excel|Excel; Power BI; SAP; Oracle Hyperion|Hyperion; IFRS; Valuation; DCF; SQL; VBA; Bloomberg Terminal|Bloomberg
            employers: Kestrel Capital*; Ibis Telecom*; Greenfield Insurance*; Lagoon Energy*; Aurora Consumer Goods*; Thames Reach Asset Management*; Deccan Steel*
            quals: BSc Finance; BSc Economics; MSc Finance; CFA Level II Candidate@CFA Institute; NG: B.Sc. Accounting@Obafemi Awolowo University; IN: B.Com@University of Mumbai; IN: MBA (Finance)@Narsee Monjee Institute of Management Studies; GB: MSc Finance@London School of Economics
            summary: Financial analyst with {years} years' experience in {FP&A}, modelling and business partnering.
            summary: Commercially minded {title} who explains the numbers behind the numbers.
            - Built the group's three-statement {Financial modelling} pack for the five-year plan
            - Led monthly {Variance analysis} for #{4-9} business units, explaining results to the CFO
            - Automated the rolling {Forecasting} process in {Power BI} and {SQL}, cutting cycle time by #{30-50}%
            - Supported the {Budgeting} cycle for a {cur}#{80-400}m cost base
            - Performed {DCF} {Valuation} of #{3-8} acquisition targets
            - Migrated consolidation from spreadsheets to {Oracle Hyperion}
            - Built {VBA} macros in {MS Excel} that cut the month-end pack from two days to two hours
            - Tracked market data on {Bloomberg Terminal} for the treasury team

            == office-manager
            titles: Receptionist; Office Administrator; Office Manager; Operations Manager
            skills: Office management; Diary management; Facilities management; MS Office|Microsoft 365; Bookkeeping; Supplier management; Event planning; Travel booking; Xero; Onboarding; Minute taking; Health and safety
            employers: Fenner Architects; Calder & Rowe Accountants; Pinecrest Dental Group*; Oakmoor Estates*; Whitlock Engineering*
            quals: GB: BTEC Level 3 Diploma in Business Administration; GB: BA (Hons) English Literature; GB: AAT Level 3 Diploma in Accounting@Association of Accounting Technicians
            summary: Organised office manager with {years} years' experience keeping busy professional offices running smoothly.
            summary: Unflappable {title}, the person everyone asks where things are.
            - Ran a #{40-120}-person office, covering {Facilities management}, IT suppliers and security
            - Provided {Diary management} and {Travel booking} for #{3-6} directors
            - Cut office running costs by #{10-20}% through {Supplier management} and renegotiated contracts
            - Kept the books in {Xero}, from purchase ledger to month-end {Bookkeeping}
            - Took on {Event planning} for client events of up to #{100-250} guests
            - Led {Onboarding} for #{20-60} new starters a year
            - Responsible for {Minute taking} at monthly board meetings

            == hgv-driver vocational
            titles: Delivery Driver; Class 2 HGV Driver; Class 1 HGV Driver; Class 1 Driver Trainer
            skills: Class 1 (C+E) licence|C+E licence; Driver CPC|CPC; Digital tachograph|Tachograph; ADR; Multi-drop deliveries; Vehicle checks; Route planning; Forklift; Customer service; Load securing; Tail-lift; Trunking
            employers: Midway Distribution*; Sandford Haulage*; Greenway Retail*; Parcelwise Couriers*; Cotswold Builders Merchants*
            quals: GB: GCSEs (6 subjects); GB: Driver CPC Initial Qualification@National Driving Centre; PL: Technik mechanik@Zespół Szkół Technicznych w Gdańsku
            summary: Safe, punctual Class 1 driver with {years} years on trunking and multi-drop work.
            summary: Experienced {title} with a clean licence and a good record with customers.
            - Drove overnight {Trunking} between the hub and #{3-6} depots
            - Completed #{15-40} {Multi-drop deliveries} a day to supermarkets and builders' merchants
            - Kept a clean licence with no at-fault incidents
            - Carried out daily {Vehicle checks} and defect reporting
            - Managed {Digital tachograph} hours and breaks to stay fully compliant
            - Transported dangerous goods under {ADR}, packages and tanks
            - Used the {Tail-lift} for store deliveries, with {Load securing} to DVSA standards
            - Planned my own routes for rural drops ({Route planning})
            """;

    private static final String LOCALISED = """
            == de:software-engineer
            titles: Werkstudent Softwareentwicklung§Werkstudentin Softwareentwicklung; Junior Softwareentwickler§Junior Softwareentwicklerin; Softwareentwickler§Softwareentwicklerin; Senior Softwareentwickler§Senior Softwareentwicklerin
            skills: Java; Spring Boot; Kotlin; TypeScript; Angular; PostgreSQL; Docker; Kubernetes; Jenkins; Git; REST; Microservices; Scrum; SQL; CI/CD
            employers: Spreeware GmbH; Nordlicht Digital GmbH; Kranich Software AG; Havelpay GmbH; Lindwurm IT-Services GmbH
            quals: M.Sc. Informatik@Humboldt-Universität zu Berlin; B.Sc. Informatik@Technische Universität Berlin; Abitur@Hermann-Hesse-Gymnasium Berlin
            summary: {title} mit {years} Jahren Berufserfahrung in der Entwicklung skalierbarer Webanwendungen mit {Java} und {Spring Boot}.
            summary: Teamorientiert, analytisch und mit Freude an sauberem Code und automatisierten Tests.
            - Entwicklung von {Microservices} mit {Java} und {Spring Boot} für ein Buchungssystem mit #{1-5} Mio. Nutzern
            - Migration der Bestandsanwendungen auf {Kubernetes} und {Docker}, Verkürzung der Deploymentzeit um #{50-80} %
            - Aufbau einer {CI/CD}-Pipeline mit {Jenkins} und automatisierten Tests
            - Entwicklung von Frontends mit {Angular} und {TypeScript}
            - Optimierung von {SQL}-Abfragen in {PostgreSQL}, Antwortzeiten um #{30-60} % reduziert
            - Mitarbeit im {Scrum}-Team mit Schwerpunkt Testautomatisierung
            - Betreuung von #{2-4} Werkstudierenden und Durchführung von Code-Reviews
            - Entwurf von {REST}-Schnittstellen für Partnerunternehmen

            == de:accountant
            titles: Buchhalter§Buchhalterin; Finanzbuchhalter§Finanzbuchhalterin; Bilanzbuchhalter§Bilanzbuchhalterin; Leiter Rechnungswesen§Leiterin Rechnungswesen
            skills: DATEV; SAP FI; HGB; IFRS; Monatsabschluss; Jahresabschluss; Umsatzsteuervoranmeldung; Kreditorenbuchhaltung; Debitorenbuchhaltung; MS Excel; Kostenrechnung; Anlagenbuchhaltung
            employers: Alpenland Logistik GmbH; Hofmann & Partner Steuerberatung; Isartal Maschinenbau GmbH; Brauerei Kellerhof GmbH & Co. KG
            quals: Geprüfter Bilanzbuchhalter (IHK)§Geprüfte Bilanzbuchhalterin (IHK)@IHK für München und Oberbayern; B.A. Betriebswirtschaftslehre@Hochschule München; Ausbildung zum Steuerfachangestellten§Ausbildung zur Steuerfachangestellten@Kanzlei Berger & Wolf
            summary: {title} mit {years} Jahren Erfahrung in Finanzbuchhaltung und Abschlusserstellung nach {HGB}.
            summary: Zuverlässig, strukturiert und sicher im Umgang mit {DATEV} und {SAP FI}.
            - Eigenverantwortliche Erstellung der Monats- und Jahresabschlüsse nach {HGB} und {IFRS}
            - Betreuung der {Kreditorenbuchhaltung} mit rund #{800-2500} Eingangsrechnungen pro Monat
            - Fristgerechte Erstellung der {Umsatzsteuervoranmeldung} in {DATEV}
            - Einführung von {SAP FI} an #{2-4} Standorten als Key User
            - Vorbereitung und Begleitung der Jahresabschlussprüfung durch die Wirtschaftsprüfer
            - Aufbau eines Reportings in {MS Excel} für die Geschäftsführung
            - Pflege der {Anlagenbuchhaltung} und Abstimmung der {Debitorenbuchhaltung}

            == de:mechanical-engineer
            titles: Konstrukteur§Konstrukteurin; Entwicklungsingenieur§Entwicklungsingenieurin; Projektingenieur§Projektingenieurin; Teamleiter Konstruktion§Teamleiterin Konstruktion
            skills: SolidWorks; CATIA V5; Siemens NX; FEM; Ansys; GD&T; FMEA; MATLAB; Toleranzanalyse; Technisches Zeichnen; SAP PLM; Lean Management; Six Sigma
            employers: Neckar Antriebstechnik GmbH; Hohenlohe Fahrzeugtechnik AG; Schwabtec Automation GmbH; Brenner Hydraulik GmbH
            quals: M.Sc. Maschinenbau@RWTH Aachen; B.Eng. Maschinenbau@Hochschule Esslingen; Dipl.-Ing. Maschinenbau@Karlsruher Institut für Technologie (KIT)
            summary: {title} mit {years} Jahren Erfahrung in Konstruktion und Berechnung von Antriebskomponenten.
            summary: Lösungsorientiert, kostenbewusst und erfahren in der Zusammenarbeit mit Fertigung und Lieferanten.
            - Konstruktion von Getriebekomponenten in {CATIA V5} von der Konzeptphase bis zur Serienreife
            - Durchführung von {FEM}-Berechnungen mit {Ansys} für hochbelastete Bauteile
            - Moderation von {FMEA}-Workshops mit Fertigung und Qualitätssicherung
            - Reduktion der Herstellkosten um #{8-20} % durch konstruktive Optimierung und {Toleranzanalyse}
            - Auswertung von Prüfstandsdaten mit {MATLAB}
            - Betreuung von #{2-5} Lieferanten bei der Bemusterung
            - Pflege der Stücklisten und Freigaben in {SAP PLM}

            == de:nurse
            titles: Gesundheits- und Krankenpfleger§Gesundheits- und Krankenpflegerin; Pflegefachmann§Pflegefachfrau; Praxisanleiter§Praxisanleiterin; Stationsleitung
            skills: Grundpflege; Behandlungspflege; Wundmanagement; Medikamentengabe; Pflegedokumentation; Intensivpflege; Blutentnahme; Notfallmanagement; Praxisanleitung; Palliativpflege; ORBIS; Hygienemanagement
            employers: Klinikum {city} Nord; St. Elisabeth-Krankenhaus {city}; Evangelisches Krankenhaus {city}; Pflegezentrum Am Stadtpark
            quals: Ausbildung zum Gesundheits- und Krankenpfleger§Ausbildung zur Gesundheits- und Krankenpflegerin@Berufsfachschule für Pflege am Klinikum {city}; Weiterbildung Praxisanleitung@Bildungszentrum Gesundheit {city}
            summary: Examinierte Pflegekraft mit {years} Jahren Berufserfahrung auf internistischen Stationen und in der Notaufnahme.
            summary: Empathisch, belastbar und mit Freude an der Anleitung von Auszubildenden.
            - Ganzheitliche {Grundpflege} und {Behandlungspflege} von bis zu #{10-14} Patienten pro Schicht
            - {Wundmanagement} nach Expertenstandard, inklusive Versorgung chronischer Wunden
            - Vorbereitung und Durchführung der {Medikamentengabe} sowie {Blutentnahme}
            - Lückenlose {Pflegedokumentation} in {ORBIS}
            - {Praxisanleitung} von #{3-8} Auszubildenden pro Jahr
            - Mitglied im innerklinischen {Notfallmanagement}-Team
            - Begleitung von Patienten und Angehörigen in der {Palliativpflege}

            == fr:chef
            titles: Commis de cuisine; Chef de partie; Second de cuisine; Chef de cuisine
            skills: HACCP; Gestion des stocks; Élaboration de menus; Pâtisserie; Cuisine traditionnelle; Management d'équipe; Maîtrise des coûts; Cuisson sous vide; Commandes fournisseurs
            employers: Brasserie Le Comptoir; Restaurant La Table d'Hélène; Bistrot des Halles; Le Petit Marché; Hôtel du Parc
            quals: CAP Cuisine@Lycée des métiers de l'hôtellerie de {city}; BTS Management en hôtellerie-restauration@Lycée des métiers de l'hôtellerie de {city}; Bac professionnel Cuisine@Lycée Jean-Moulin
            summary: {title} avec {years} ans d'expérience en brasserie et restauration traditionnelle.
            summary: Passionné par les produits de saison, rigoureux sur l'hygiène et attentif à l'équipe.
            - Responsable du poste chaud pour un restaurant de #{60-120} couverts
            - {Élaboration de menus} saisonniers en lien avec les producteurs locaux
            - Application stricte des normes {HACCP} et de la traçabilité
            - {Gestion des stocks} et {Commandes fournisseurs} auprès de #{8-15} fournisseurs
            - {Management d'équipe} : encadrement d'une brigade de #{4-10} personnes
            - {Maîtrise des coûts} : coût matière réduit de #{2-5} points
            - Création d'une carte de desserts maison ({Pâtisserie})

            == fr:marketing-manager
            titles: Chargé de marketing§Chargée de marketing; Chef de projet marketing digital§Cheffe de projet marketing digital; Responsable marketing; Directeur marketing§Directrice marketing
            skills: SEO; SEA; Google Analytics; Marketing automation; Stratégie de marque; Réseaux sociaux; Gestion de budget; HubSpot; Content marketing; Emailing; Adobe Creative Suite
            employers: Maison Verlaine; Lumio SAS; Atelier Belle-Île; Groupe Fromagerie Rives; Cyclo Urbain SAS
            quals: Master Marketing digital@Université Lumière Lyon 2; Licence Économie-Gestion@Nantes Université; DUT Techniques de commercialisation@IUT de Nantes
            summary: {title} avec {years} ans d'expérience en marketing digital B2C.
            summary: Créative, orientée résultats et à l'aise avec les chiffres comme avec les marques.
            - {Gestion de budget} : pilotage d'un budget média de #{150-600} k€
            - Hausse du trafic organique de #{40-150} % grâce au {SEO} et au {Content marketing}
            - Mise en place de scénarios de {Marketing automation} sous {HubSpot}
            - Gestion des campagnes {SEA} et suivi des performances dans {Google Analytics}
            - Management d'une équipe de #{3-6} personnes
            - Refonte de la {Stratégie de marque} avec une agence
            - Animation des {Réseaux sociaux} (#{20-90} k abonnés)

            == fr:data-analyst
            titles: Data analyst junior; Data analyst; Data analyst senior; Lead data analyst
            skills: SQL; Python; pandas; Power BI; Tableau; Excel; R; Statistiques; Dataiku; BigQuery; Tests A/B; VBA
            employers: Octave Assurances; Groupe Ménager Plus; Banque Garonne; Voyages Azur SAS; Transports Occitans
            quals: Master Statistique et Science des données@Université Toulouse Capitole; Diplôme d'ingénieur, Informatique et Statistique@Polytech Lille; BUT Science des données@IUT Paul Sabatier
            summary: {title} avec {years} ans d'expérience en assurance et distribution.
            summary: Rigoureuse et pédagogue, j'aime rendre la donnée utile aux équipes métier.
            - Conception de tableaux de bord {Power BI} pour la direction commerciale (#{30-120} utilisateurs)
            - Automatisation du reporting mensuel en {Python} et {pandas}
            - Analyse de {Tests A/B} sur le tunnel de commande
            - Modélisation de données dans {BigQuery} et requêtes {SQL} complexes
            - Études de segmentation client sous {R}
            - Formation de #{10-30} collaborateurs à {Tableau}
            - Industrialisation de flux de données sous {Dataiku}

            == fr:pharmacist
            titles: Pharmacien adjoint§Pharmacienne adjointe; Pharmacien§Pharmacienne; Pharmacien titulaire§Pharmacienne titulaire
            skills: Dispensation; Conseil officinal; Vaccination; Gestion des stocks; Préparations magistrales; Pharmacovigilance; Entretiens pharmaceutiques; LGPI; Orthopédie; Management d'équipe
            employers: Pharmacie du Marché; Pharmacie des Chartrons; Grande Pharmacie de la Gare; Pharmacie Saint-Michel
            quals: Diplôme d'État de docteur en pharmacie@Université de Bordeaux; DU Orthopédie et petit appareillage@Université de Bordeaux
            summary: {title} avec {years} ans d'expérience en officine, à l'écoute des patients.
            summary: Sens du conseil, rigueur et goût du travail en équipe.
            - {Dispensation} et analyse pharmaceutique de #{150-300} ordonnances par jour
            - Réalisation de plus de #{300-800} actes de {Vaccination} par saison
            - Mise en place des {Entretiens pharmaceutiques} pour les patients sous anticoagulants
            - {Gestion des stocks} et négociation avec les grossistes-répartiteurs
            - Encadrement de #{3-6} préparateurs en pharmacie
            - Déclarations de {Pharmacovigilance} et suivi des alertes sanitaires
            - {Conseil officinal} en dermocosmétique et {Orthopédie}

            == es:sales-executive
            titles: Ejecutivo comercial§Ejecutiva comercial; Ejecutivo de ventas§Ejecutiva de ventas; Key Account Manager; Responsable de ventas
            skills: Venta consultiva; Salesforce; Negociación; Prospección; Gestión de cuentas clave; CRM; Desarrollo de negocio; Microsoft Office; HubSpot
            employers: Distribuciones Levante S.L.; Grupo Alimentario Ibérico S.A.; Tecnoplast S.L.; Soluciones Ofimáticas del Sur S.L.
            quals: Grado en Administración y Dirección de Empresas@Universidad Complutense de Madrid; Máster en Dirección Comercial y Marketing@ESIC Business & Marketing School
            summary: {title} con {years} años de experiencia en venta B2B en los sectores alimentario e industrial.
            summary: Orientación a resultados, capacidad de {Negociación} y trato cercano con el cliente.
            - Cumplimiento del #{105-130} % del objetivo anual de ventas
            - {Prospección} de nuevos clientes en la zona centro, con #{20-60} cuentas abiertas
            - {Gestión de cuentas clave} del sector retail con una facturación de #{1-5} M€
            - Seguimiento del pipeline y previsiones en {Salesforce}
            - {Negociación} de contratos marco anuales con grandes distribuidores
            - {Desarrollo de negocio} en Portugal junto al equipo de exportación

            == es:civil-engineer
            titles: Ingeniero de caminos§Ingeniera de caminos; Jefe de obra§Jefa de obra; Jefe de producción§Jefa de producción; Director de proyectos§Directora de proyectos
            skills: AutoCAD; Civil 3D; Presto; Revit; BIM; Cálculo de estructuras; Gestión de obra; Prevención de riesgos laborales; Topografía; MS Project; SAP2000
            employers: Construcciones Ebro S.A.; Obras y Viales del Norte S.L.; Ingeniería Tajo S.L.; Grupo Constructor Almenara
            quals: Grado en Ingeniería Civil@Universidad Politécnica de Madrid; Máster en Ingeniería de Caminos, Canales y Puertos@Universitat Politècnica de València
            summary: {title} con {years} años de experiencia en obra civil y edificación.
            summary: Perfil técnico y resolutivo, acostumbrado a coordinar equipos en obra.
            - {Gestión de obra} de una autovía de #{6-20} km con un presupuesto de #{10-60} M€
            - Planificación y seguimiento de plazos con {MS Project}
            - Mediciones y certificaciones mensuales con {Presto}
            - {Cálculo de estructuras} de hormigón armado con {SAP2000}
            - Coordinación de #{5-15} subcontratas y cumplimiento de la {Prevención de riesgos laborales}
            - Modelado {BIM} en {Revit} y {Civil 3D}

            == es:teacher
            titles: Profesor de Inglés§Profesora de Inglés; Profesor de Secundaria§Profesora de Secundaria; Jefe del Departamento de Inglés§Jefa del Departamento de Inglés
            skills: Programación didáctica; Atención a la diversidad; Google Classroom; Moodle; Gestión del aula; Evaluación por competencias; Aprendizaje cooperativo; Tutoría
            employers: IES Guadalquivir; Colegio Santa Teresa; IES Miguel de Mañara; Academia de Idiomas Triana
            quals: Grado en Estudios Ingleses@Universidad de Sevilla; Máster en Profesorado de Educación Secundaria@Universidad de Granada; Certificate in Advanced English (C2)@Cambridge Assessment English
            summary: {title} con {years} años de experiencia en Educación Secundaria y Bachillerato.
            summary: Docente vocacional, con experiencia en {Aprendizaje cooperativo} y proyectos bilingües.
            - Docencia de Inglés en ESO y Bachillerato a grupos de hasta #{25-30} alumnos
            - Elaboración de la {Programación didáctica} del departamento
            - Uso de {Google Classroom} y {Moodle} para tareas y evaluación
            - {Tutoría} de un grupo de 3.º de ESO y coordinación con las familias
            - Preparación de exámenes oficiales de Cambridge con un #{85-98} % de aprobados
            - Medidas de {Atención a la diversidad} para alumnado con necesidades educativas

            == nl:logistics-manager
            titles: Planner; Teamleider logistiek; Logistiek manager; Hoofd logistiek
            skills: Supply chain management; WMS; SAP; Transportplanning; Voorraadbeheer; Lean; KPI-rapportage; Douane; Excel; Leidinggeven; VCA
            employers: Van Dijk Transport B.V.; Rijnmond Distributie B.V.; Hollandse Versgroep; Kempen Logistics B.V.
            quals: Bachelor Logistics Management@Fontys Hogeschool; MBO Logistiek teamleider@ROC Tilburg; Master Supply Chain Management@Erasmus Universiteit Rotterdam
            summary: {title} met {years} jaar ervaring in distributie en warehousing.
            summary: Resultaatgericht, no-nonsense en sterk in {Leidinggeven} aan grote teams.
            - Verantwoordelijk voor een team van #{20-60} medewerkers in een distributiecentrum
            - Implementatie van een nieuw {WMS} zonder verstoring van de uitlevering
            - Leverbetrouwbaarheid verbeterd naar #{96-99}% met wekelijkse {KPI-rapportage}
            - {Transportplanning} voor #{30-80} ritten per dag
            - {Lean}-verbetertrajecten die de orderdoorlooptijd met #{15-35}% verkortten
            - {Voorraadbeheer} in {SAP} met een voorraadnauwkeurigheid van 99,5%

            == nl:hr-business-partner
            titles: HR-adviseur; HR business partner; Senior HR business partner
            skills: Arbeidsrecht; Verzuimbegeleiding; Werving en selectie; AFAS; Organisatieontwikkeling; Verandermanagement; Coaching; Performance management; Strategische personeelsplanning; Workday
            employers: Zorggroep De Linde; Bakkerij Vermeulen B.V.; TechnoNed B.V.; Woonstichting Het Anker
            quals: Bachelor Human Resource Management@Hogeschool Utrecht; Master Arbeids- en Organisatiepsychologie@Universiteit van Amsterdam
            summary: {title} met {years} jaar ervaring in de zorg en de maakindustrie.
            summary: Verbinder tussen directie, leidinggevenden en medewerkers, met oog voor de mens.
            - Sparringpartner voor #{4-8} leidinggevenden van een organisatie met #{300-1200} medewerkers
            - Begeleiding van een reorganisatie met structureel {Verandermanagement}
            - Verzuim teruggebracht van #{6-8}% naar #{4-5}% door actieve {Verzuimbegeleiding}
            - Invoering van {AFAS} voor personeelsdossiers en verlof
            - Advies over {Arbeidsrecht} bij complexe dossiers
            - Opzet van {Strategische personeelsplanning} voor de komende #{3-5} jaar

            == nl:project-manager
            titles: Projectleider; Projectmanager; Senior projectmanager; Programmamanager
            skills: PRINCE2; Scrum; Agile; Stakeholdermanagement; Risicomanagement; Jira; MS Project; Budgetbeheer; IPMA-C
            employers: Deltawerk Infra B.V.; Polderbouw B.V.; Noordzee Energie B.V.; Digitaal Loket B.V.
            quals: Master Technische Bestuurskunde@TU Delft; Bachelor Civiele Techniek@Hogeschool Rotterdam
            summary: {title} met {years} jaar ervaring in infrastructuur- en IT-projecten.
            summary: Gestructureerd, pragmatisch en gericht op resultaat.
            - Projectleiding van een renovatie van #{4-12} bruggen met een budget van #{5-25} miljoen euro
            - {Stakeholdermanagement} met gemeenten, aannemers en omwonenden
            - Invoering van {Scrum} en {Jira} bij #{3-6} ontwikkelteams
            - {Risicomanagement} en rapportage aan de stuurgroep
            - Planning en voortgangsbewaking in {MS Project}
            - {Budgetbeheer} van een portfolio van #{10-40} miljoen euro
            """;
}
