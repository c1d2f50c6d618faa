package dev.wecruit.demo;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Hand-written reference data for generating the demo firm's candidates, clients, jobs and activity. It is varied on
 * purpose: a headhunting firm places nurses, accountants and site managers as well as engineers, and names, cities
 * and texts from many places make both the demo and the benchmarks look like a real desk rather than a test fixture.
 */
final class DemoCatalog {

    record Profession(String name, String industry, List<String> titles, List<String> skills, List<String> degrees) {
    }

    record City(String name, String country, String phonePrefix) {
    }

    record Client(String name, String industry, String website) {
    }

    // Professions, from the most junior title to the most senior

    private static final Profession SOFTWARE_ENGINEERING = new Profession("Software Engineering", "Software",
            List.of("Junior Software Engineer", "Software Engineer", "Senior Software Engineer", "Staff Engineer",
                    "Principal Engineer", "Engineering Manager", "Head of Engineering", "VP Engineering", "CTO"),
            List.of("Java", "Kotlin", "Spring Boot", "TypeScript", "React", "Go", "Python", "PostgreSQL", "Kafka",
                    "Kubernetes", "Docker", "AWS", "Terraform", "CI/CD", "Microservices", "REST API design",
                    "Domain-driven design", "Test-driven development", "Observability", "System design"),
            List.of("BSc Computer Science", "MEng Software Engineering", "BSc Mathematics",
                    "MSc Distributed Systems", "AWS Certified Solutions Architect"));

    private static final Profession DATA_ANALYTICS = new Profession("Data & Analytics", "Data & AI",
            List.of("Junior Data Analyst", "Data Analyst", "Senior Data Analyst", "Analytics Engineer",
                    "Data Engineer", "Data Scientist", "Senior Data Scientist", "Machine Learning Engineer",
                    "Head of Data", "Chief Data Officer"),
            List.of("SQL", "Python", "pandas", "dbt", "Snowflake", "BigQuery", "Apache Spark", "Airflow", "Tableau",
                    "Power BI", "Looker", "A/B testing", "Statistical modelling", "scikit-learn", "PyTorch",
                    "Forecasting", "Data modelling", "Data governance", "Stakeholder reporting", "MLOps"),
            List.of("BSc Statistics", "MSc Data Science", "BSc Economics", "PhD Physics", "MSc Machine Learning"));

    private static final Profession FINANCE = new Profession("Finance & Accounting", "Financial Services",
            List.of("Accounts Assistant", "Junior Accountant", "Management Accountant", "Senior Accountant",
                    "Financial Analyst", "FP&A Manager", "Financial Controller", "Finance Director",
                    "Head of Finance", "CFO"),
            List.of("IFRS", "US GAAP", "SAP FICO", "Oracle NetSuite", "Xero", "Month-end close",
                    "Statutory reporting", "Consolidation", "Budgeting and forecasting", "Variance analysis",
                    "Cash flow management", "VAT returns", "Audit liaison", "Financial modelling", "Advanced Excel",
                    "Accounts payable", "Accounts receivable", "Internal controls", "Treasury", "Transfer pricing"),
            List.of("BSc Accounting and Finance", "ACCA", "CIMA", "ACA (ICAEW)", "CFA"));

    private static final Profession SALES = new Profession("Sales", "Business Services",
            List.of("Sales Development Representative", "Business Development Representative",
                    "Account Executive", "Senior Account Executive", "Key Account Manager",
                    "Enterprise Account Executive", "Sales Manager", "Regional Sales Director", "VP Sales",
                    "Chief Revenue Officer"),
            List.of("Salesforce", "HubSpot CRM", "MEDDIC", "Challenger Sale", "SPIN Selling", "Solution selling",
                    "Cold calling", "Pipeline management", "Negotiation", "Contract renewals", "Account planning",
                    "Territory planning", "Forecast accuracy", "Enterprise sales", "Channel partnerships",
                    "LinkedIn Sales Navigator", "Discovery calls", "Upselling", "Public sector tenders",
                    "Value-based pricing"),
            List.of("BA Business Management", "BSc Marketing", "BA Economics", "Diploma in Professional Sales"));

    private static final Profession MARKETING = new Profession("Marketing", "Consumer Goods",
            List.of("Marketing Assistant", "Marketing Executive", "Content Marketing Manager",
                    "Digital Marketing Manager", "Performance Marketing Manager", "Product Marketing Manager",
                    "Brand Manager", "Head of Marketing", "Marketing Director", "CMO"),
            List.of("SEO", "Google Ads", "Meta Ads", "Google Analytics 4", "Marketing automation", "HubSpot",
                    "Marketo", "Content strategy", "Copywriting", "Brand positioning", "Go-to-market planning",
                    "Email marketing", "Social media", "Marketing attribution", "Customer segmentation",
                    "Conversion rate optimisation", "Market research", "Event marketing", "Budget management",
                    "Public relations"),
            List.of("BA Marketing", "BSc Business and Marketing", "CIM Diploma in Professional Marketing",
                    "MA Communications", "BA English Literature"));

    private static final Profession NURSING = new Profession("Nursing & Healthcare", "Healthcare",
            List.of("Healthcare Assistant", "Staff Nurse", "Senior Staff Nurse", "Charge Nurse",
                    "Clinical Nurse Specialist", "Ward Manager", "Advanced Nurse Practitioner", "Matron",
                    "Director of Nursing"),
            List.of("Patient assessment", "Medication administration", "IV therapy", "Wound care", "Triage",
                    "Care planning", "Infection prevention and control", "Basic Life Support",
                    "Advanced Life Support", "Electronic patient records", "Safeguarding", "Venepuncture",
                    "Palliative care", "Critical care", "Theatre nursing", "Mentoring students", "Clinical audit",
                    "Discharge planning", "Epic EHR", "Paediatric care"),
            List.of("BSc Adult Nursing", "BSc Children's Nursing", "BSc Mental Health Nursing",
                    "MSc Advanced Clinical Practice", "Registered Nurse (NMC)"));

    private static final Profession MECHANICAL_ENGINEERING = new Profession("Mechanical Engineering",
            "Manufacturing",
            List.of("Graduate Mechanical Engineer", "Mechanical Engineer", "Design Engineer", "Quality Engineer",
                    "Manufacturing Engineer", "Senior Mechanical Engineer", "Lead Engineer",
                    "Engineering Manager", "Plant Manager", "Director of Operations"),
            List.of("SolidWorks", "CATIA", "Siemens NX", "AutoCAD", "GD&T", "FEA", "ANSYS", "DFMEA",
                    "Lean manufacturing", "Six Sigma", "Root cause analysis", "Tooling design", "Injection moulding",
                    "CNC machining", "ISO 9001", "PPAP", "Kaizen", "Product lifecycle management", "Thermodynamics",
                    "Prototyping"),
            List.of("BEng Mechanical Engineering", "MEng Mechanical Engineering", "BEng Manufacturing Engineering",
                    "Six Sigma Green Belt", "Chartered Engineer (CEng)"));

    private static final Profession LEGAL = new Profession("Legal", "Legal Services",
            List.of("Paralegal", "Trainee Solicitor", "Associate", "Senior Associate", "Legal Counsel",
                    "Senior Legal Counsel", "Counsel", "Partner", "Head of Legal", "General Counsel"),
            List.of("Contract drafting", "Commercial contracts", "Mergers and acquisitions", "Due diligence", "GDPR",
                    "Data protection", "Employment law", "Litigation", "Dispute resolution", "Intellectual property",
                    "Regulatory compliance", "Corporate governance", "Legal research", "Negotiation",
                    "Real estate law", "Banking and finance law", "Competition law", "Arbitration",
                    "Contract lifecycle management", "Company secretarial"),
            List.of("LLB Law", "LLM Commercial Law", "Legal Practice Course (LPC)", "SQE",
                    "Graduate Diploma in Law"));

    private static final Profession PEOPLE = new Profession("HR & People", "Professional Services",
            List.of("HR Assistant", "HR Coordinator", "HR Advisor", "Talent Acquisition Partner",
                    "HR Business Partner", "Learning and Development Manager", "Reward Manager", "Head of People",
                    "HR Director", "Chief People Officer"),
            List.of("Employee relations", "Employment law", "Workday", "SAP SuccessFactors", "BambooHR",
                    "Talent acquisition", "Performance management", "Compensation and benefits", "Payroll",
                    "Organisational design", "Change management", "Learning and development", "Succession planning",
                    "Employee engagement", "Diversity and inclusion", "HR analytics", "Onboarding",
                    "Absence management", "TUPE", "Coaching"),
            List.of("BA Human Resource Management", "CIPD Level 5", "CIPD Level 7", "BSc Psychology",
                    "MSc Organisational Psychology"));

    private static final Profession SUPPLY_CHAIN = new Profession("Supply Chain & Logistics", "Logistics",
            List.of("Logistics Coordinator", "Supply Chain Analyst", "Buyer", "Demand Planner", "Senior Buyer",
                    "Warehouse Manager", "Procurement Manager", "Supply Chain Manager", "Head of Supply Chain",
                    "Chief Operating Officer"),
            List.of("S&OP", "Demand planning", "Inventory management", "SAP MM", "Oracle SCM",
                    "Warehouse management systems", "Procurement", "Supplier negotiation", "Incoterms",
                    "Customs compliance", "Freight forwarding", "Route optimisation", "Lean", "Last-mile delivery",
                    "Category management", "Vendor management", "KPI reporting", "3PL management", "Cold chain",
                    "Excel modelling"),
            List.of("BSc Logistics and Supply Chain Management", "CIPS Level 4", "APICS CSCP", "BA Business Studies",
                    "MSc Operations Management"));

    private static final Profession CONSTRUCTION = new Profession("Construction & Civil Engineering", "Construction",
            List.of("Graduate Civil Engineer", "Site Engineer", "Civil Engineer", "Quantity Surveyor",
                    "Senior Structural Engineer", "Site Manager", "Project Manager", "Contracts Manager",
                    "Construction Director"),
            List.of("AutoCAD Civil 3D", "Revit", "BIM", "Structural analysis", "Eurocodes", "Site supervision",
                    "Health and safety", "CDM regulations", "NEC contracts", "JCT contracts", "Cost estimating",
                    "Value engineering", "Programme management", "Primavera P6", "Geotechnical design",
                    "Drainage design", "Setting out", "Subcontractor management", "Tendering", "SMSTS"),
            List.of("BEng Civil Engineering", "MEng Structural Engineering", "BSc Quantity Surveying",
                    "MSc Construction Project Management", "Chartered Engineer (ICE)"));

    private static final Profession DESIGN = new Profession("Design", "Media & Creative",
            List.of("Junior Designer", "Graphic Designer", "UI Designer", "UX Designer", "UX Researcher",
                    "Product Designer", "Senior Product Designer", "Lead Designer", "Head of Design",
                    "Design Director"),
            List.of("Figma", "Sketch", "Adobe Illustrator", "Adobe Photoshop", "Adobe InDesign", "After Effects",
                    "User research", "Usability testing", "Wireframing", "Prototyping", "Design systems",
                    "Interaction design", "Information architecture", "Accessibility (WCAG)", "Visual design",
                    "Typography", "Brand identity", "Motion design", "Journey mapping", "Workshop facilitation"),
            List.of("BA Graphic Design", "BA Interaction Design", "MA Service Design",
                    "BSc Human-Computer Interaction", "Google UX Design Certificate"));

    static final List<Profession> PROFESSIONS = List.of(SOFTWARE_ENGINEERING, DATA_ANALYTICS, FINANCE, SALES,
            MARKETING, NURSING, MECHANICAL_ENGINEERING, LEGAL, PEOPLE, SUPPLY_CHAIN, CONSTRUCTION, DESIGN);

    // People and places

    static final List<String> FIRST_NAMES = List.of(
            "John", "James", "Oliver", "William", "Thomas", "Emily", "Charlotte", "Sophie", "Hannah", "Grace",
            "Alejandro", "Carlos", "Javier", "Diego", "Lucía", "Sofía", "Carmen", "Isabel",
            "Lukas", "Felix", "Jonas", "Maximilian", "Anna", "Lena", "Katharina",
            "Louis", "Antoine", "Julien", "Camille", "Chloé", "Manon",
            "Marco", "Luca", "Giulia", "Francesca",
            "Arjun", "Rahul", "Vikram", "Sanjay", "Priya", "Ananya", "Deepika", "Neha",
            "Wei", "Jun", "Hao", "Mei", "Xiaoling", "Lin",
            "Chidi", "Emeka", "Tunde", "Oluwaseun", "Ngozi", "Adaeze", "Funmilayo",
            "Jakub", "Piotr", "Kacper", "Zofia", "Agnieszka", "Magdalena",
            "Omar", "Yusuf", "Karim", "Layla", "Fatima", "Nour", "Aisha",
            "Erik", "Lars", "Mikkel", "Sven", "Astrid", "Ingrid", "Freya", "Sigrid",
            "Haruto", "Yuki", "Sakura", "Min-jun", "Ji-woo",
            "Ciarán", "Siobhan", "Niamh",
            "Daan", "Joris", "Sanne",
            "João", "Rafael", "Beatriz",
            "Emre", "Elif", "Nikos", "Eleni");

    static final List<String> LAST_NAMES = List.of(
            "Smith", "Johnson", "Taylor", "Brown", "Williams", "Wilson", "Clarke", "Evans", "Hughes", "Walker",
            "García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro",
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann",
            "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent",
            "Rossi", "Bianchi", "Esposito", "Romano",
            "Patel", "Sharma", "Singh", "Kumar", "Iyer", "Reddy", "Gupta", "Nair",
            "Wang", "Li", "Zhang", "Chen", "Liu", "Huang", "Zhao",
            "Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo",
            "Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk",
            "Haddad", "Khalil", "Mansour", "Rahman", "Nasser", "Farouk", "Al-Sayed",
            "Andersson", "Johansson", "Nilsson", "Hansen", "Larsen", "Lindqvist", "Berg",
            "Tanaka", "Suzuki", "Sato", "Kim", "Park",
            "O'Brien", "Murphy", "Kelly", "O'Sullivan",
            "de Vries", "van Dijk", "Jansen", "Bakker",
            "Silva", "Santos", "Oliveira", "Costa",
            "Yılmaz", "Demir", "Papadopoulos");

    static final List<City> CITIES = List.of(
            new City("London", "United Kingdom", "+44"),
            new City("Manchester", "United Kingdom", "+44"),
            new City("Edinburgh", "United Kingdom", "+44"),
            new City("Dublin", "Ireland", "+353"),
            new City("Berlin", "Germany", "+49"),
            new City("Munich", "Germany", "+49"),
            new City("Hamburg", "Germany", "+49"),
            new City("Paris", "France", "+33"),
            new City("Amsterdam", "Netherlands", "+31"),
            new City("Madrid", "Spain", "+34"),
            new City("Barcelona", "Spain", "+34"),
            new City("Lisbon", "Portugal", "+351"),
            new City("Milan", "Italy", "+39"),
            new City("Zurich", "Switzerland", "+41"),
            new City("Warsaw", "Poland", "+48"),
            new City("Kraków", "Poland", "+48"),
            new City("Stockholm", "Sweden", "+46"),
            new City("Copenhagen", "Denmark", "+45"),
            new City("New York", "United States", "+1"),
            new City("Boston", "United States", "+1"),
            new City("Chicago", "United States", "+1"),
            new City("Austin", "United States", "+1"),
            new City("San Francisco", "United States", "+1"),
            new City("Toronto", "Canada", "+1"),
            new City("Dubai", "United Arab Emirates", "+971"),
            new City("Bangalore", "India", "+91"),
            new City("Singapore", "Singapore", "+65"),
            new City("Sydney", "Australia", "+61"));

    static final List<String> UNIVERSITIES = List.of(
            "University of Manchester", "University College London", "Imperial College London",
            "King's College London", "University of Edinburgh", "University of Leeds", "University of Bristol",
            "Trinity College Dublin", "Technical University of Munich", "Humboldt University of Berlin",
            "Sorbonne University", "Delft University of Technology", "University of Amsterdam",
            "Complutense University of Madrid", "University of Warsaw", "KTH Royal Institute of Technology",
            "ETH Zurich", "University of Toronto", "New York University", "University of Texas at Austin",
            "Boston University", "National University of Singapore", "University of Sydney",
            "Indian Institute of Technology Bombay", "University of Lagos", "Peking University");

    // Clients: fictitious firms, one industry per profession

    static final List<Client> CLIENTS = List.of(
            new Client("Lanternfish Labs", "Software", "https://lanternfish-labs.example"),
            new Client("Quillstack", "Software", "https://quillstack.example"),
            new Client("Ninefield Systems", "Software", "https://ninefield-systems.example"),
            new Client("Ferrow Cloud", "Software", "https://ferrow-cloud.example"),
            new Client("Corvid Analytics", "Data & AI", "https://corvid-analytics.example"),
            new Client("Tessellate Data", "Data & AI", "https://tessellate-data.example"),
            new Client("Mirelight AI", "Data & AI", "https://mirelight-ai.example"),
            new Client("Parallax Insight", "Data & AI", "https://parallax-insight.example"),
            new Client("Ashgrove Capital", "Financial Services", "https://ashgrove-capital.example"),
            new Client("Kestrel Ledger", "Financial Services", "https://kestrel-ledger.example"),
            new Client("Marlow & Pike Wealth", "Financial Services", "https://marlow-and-pike.example"),
            new Client("Northbeck Mutual", "Financial Services", "https://northbeck-mutual.example"),
            new Client("Bramblefield Partners", "Business Services", "https://bramblefield-partners.example"),
            new Client("Greyfriars Consulting", "Business Services", "https://greyfriars-consulting.example"),
            new Client("Orbitline Group", "Business Services", "https://orbitline-group.example"),
            new Client("Sable Point Services", "Business Services", "https://sable-point.example"),
            new Client("Hearth & Hollow", "Consumer Goods", "https://hearth-and-hollow.example"),
            new Client("Fernleaf Foods", "Consumer Goods", "https://fernleaf-foods.example"),
            new Client("Pebblebrook Home", "Consumer Goods", "https://pebblebrook-home.example"),
            new Client("Citrine Beauty", "Consumer Goods", "https://citrine-beauty.example"),
            new Client("Brightwater Health", "Healthcare", "https://brightwater-health.example"),
            new Client("Meridian Care Group", "Healthcare", "https://meridian-care.example"),
            new Client("Saltmarsh Clinics", "Healthcare", "https://saltmarsh-clinics.example"),
            new Client("Alder Vale Hospitals", "Healthcare", "https://alder-vale-hospitals.example"),
            new Client("Ironbridge Components", "Manufacturing", "https://ironbridge-components.example"),
            new Client("Vantor Precision", "Manufacturing", "https://vantor-precision.example"),
            new Client("Holloway Drivetrain", "Manufacturing", "https://holloway-drivetrain.example"),
            new Client("Coldstream Robotics", "Manufacturing", "https://coldstream-robotics.example"),
            new Client("Whitcombe Reyes LLP", "Legal Services", "https://whitcombe-reyes.example"),
            new Client("Farrant & Okoye", "Legal Services", "https://farrant-okoye.example"),
            new Client("Calder Lowe Legal", "Legal Services", "https://calder-lowe.example"),
            new Client("Ravensworth Chambers", "Legal Services", "https://ravensworth-chambers.example"),
            new Client("Ridgeway Advisory", "Professional Services", "https://ridgeway-advisory.example"),
            new Client("Lumen People Partners", "Professional Services", "https://lumen-people.example"),
            new Client("Thistledown Consulting", "Professional Services", "https://thistledown-consulting.example"),
            new Client("Harbourline Group", "Professional Services", "https://harbourline-group.example"),
            new Client("Halden Logistics", "Logistics", "https://halden-logistics.example"),
            new Client("Swiftmoor Freight", "Logistics", "https://swiftmoor-freight.example"),
            new Client("Crossdock Nordic", "Logistics", "https://crossdock-nordic.example"),
            new Client("Bluefin Supply", "Logistics", "https://bluefin-supply.example"),
            new Client("Granite & Gable", "Construction", "https://granite-and-gable.example"),
            new Client("Stonebridge Civil", "Construction", "https://stonebridge-civil.example"),
            new Client("Westerly Build", "Construction", "https://westerly-build.example"),
            new Client("Keelson Infrastructure", "Construction", "https://keelson-infrastructure.example"),
            new Client("Paper Kite Studio", "Media & Creative", "https://paper-kite-studio.example"),
            new Client("Inkwell & Oak", "Media & Creative", "https://inkwell-and-oak.example"),
            new Client("Foxglove Creative", "Media & Creative", "https://foxglove-creative.example"),
            new Client("Monochrome Collective", "Media & Creative", "https://monochrome-collective.example"));

    static final List<String> CONTACT_TITLES = List.of(
            "Head of Talent Acquisition", "Talent Acquisition Manager", "HR Business Partner", "HR Director",
            "Chief People Officer", "VP Engineering", "CTO", "Head of Data", "Finance Director", "CFO",
            "Sales Director", "Marketing Director", "Director of Nursing", "Operations Director",
            "General Counsel", "Head of Supply Chain", "Project Director", "Head of Design", "Founder and CEO");

    // Candidate records

    static final List<String> SOURCES = List.of(
            "LinkedIn", "Referral", "Job board", "Website application", "Headhunted", "Event", "Database",
            "Previous placement", "Client referral");

    static final List<String> TAGS = List.of(
            "Open to relocation", "Passive", "Actively looking", "Top talent", "Contract only", "Permanent only",
            "Immediately available", "Notice 1 month", "Notice 3 months", "Visa sponsorship", "Remote only",
            "Part-time", "Boomerang", "Diversity shortlist", "Counter-offer risk", "Silver medallist",
            "Security cleared", "Do not contact");

    static final List<String> REJECTION_REASONS = List.of(
            "Salary expectations too high",
            "Withdrew: accepted another offer",
            "Withdrew: accepted counter-offer",
            "Withdrew: not ready to move",
            "Client chose another candidate",
            "Lacks required experience",
            "Overqualified for the level",
            "Notice period too long",
            "Did not pass the technical assessment",
            "Unable to relocate",
            "No right to work and client cannot sponsor",
            "Role put on hold by client");

    // Job descriptions: placeholders {company}, {title} and {city}

    static final List<String> JOB_INTROS = List.of(
            "{company} is growing fast and is looking for a {title} to join the team in {city}. "
                    + "You will have real ownership from day one and work closely with the leadership team.",
            "We are partnering exclusively with {company} to find an experienced {title}. "
                    + "The role is based in {city} and comes with a clear path to the next level.",
            "As {title} at {company}, you will shape how the team works as much as what it delivers. "
                    + "This is a newly created position in {city}, backed by a strong investment plan.",
            "{company} has doubled in size over the last two years and now needs a {title} in {city}. "
                    + "You will join a friendly, ambitious team that values craft and plain speaking.",
            "Our client, {company}, is hiring a {title} to strengthen its {city} office. "
                    + "The business is profitable, independent and proud of its low staff turnover.",
            "Are you a {title} who wants to see the impact of your work? {company} is offering exactly that, "
                    + "with a compact team in {city} and a board that listens.",
            "{company} is a well-established name in its market and is entering its next chapter. "
                    + "To support that, it is looking for a {title} based in or near {city}.",
            "This is a rare opportunity to join {company} as {title}. "
                    + "The previous incumbent has been promoted internally, "
                    + "and the team in {city} is keen to welcome someone new.",
            "{company} is building out its {city} hub and the {title} hire is central to that plan. "
                    + "Expect variety, visibility with senior stakeholders and a generous development budget.",
            "We are supporting {company} on a confidential search for a {title}. "
                    + "The role sits in {city}, and the process is quick: two interviews and a decision within "
                    + "three weeks.");

    static final Map<String, List<String>> RESPONSIBILITIES_BY_PROFESSION = Map.ofEntries(
            Map.entry(SOFTWARE_ENGINEERING.name(), List.of(
                    "Design, build and operate services that handle millions of requests a day",
                    "Turn loosely defined product ideas into small, shippable increments",
                    "Review code and mentor less experienced engineers",
                    "Own the reliability of your services, including a fair on-call rotation",
                    "Improve the build, test and deployment pipeline",
                    "Work with product and design to weigh scope against delivery dates",
                    "Contribute to architecture decisions and write them down")),
            Map.entry(DATA_ANALYTICS.name(), List.of(
                    "Build and maintain reliable data pipelines and models in the warehouse",
                    "Answer business questions with clear analysis and recommendations",
                    "Design and evaluate A/B tests with product teams",
                    "Develop dashboards that leaders actually use to make decisions",
                    "Train, deploy and monitor machine learning models in production",
                    "Champion data quality, documentation and governance")),
            Map.entry(FINANCE.name(), List.of(
                    "Lead the month-end close and deliver management accounts on time",
                    "Prepare statutory accounts and manage the annual audit",
                    "Own the budgeting and reforecasting cycle with budget holders",
                    "Analyse variances and explain the story behind the numbers",
                    "Strengthen internal controls and finance processes",
                    "Manage cash flow, banking relationships and VAT compliance",
                    "Partner with the leadership team on pricing and investment decisions")),
            Map.entry(SALES.name(), List.of(
                    "Build and manage a healthy pipeline of new business opportunities",
                    "Run discovery calls, demonstrations and commercial negotiations",
                    "Close new accounts and hit a quarterly revenue target",
                    "Grow existing accounts through renewals and upsell",
                    "Keep the CRM accurate and forecast with confidence",
                    "Feed market insight back to marketing and product")),
            Map.entry(MARKETING.name(), List.of(
                    "Plan and run multi-channel campaigns from brief to results",
                    "Own the marketing budget and report on return on spend",
                    "Develop positioning and messaging with product and sales",
                    "Grow organic traffic through content and SEO",
                    "Manage agencies and freelancers to a high creative standard",
                    "Use customer research and data to sharpen segmentation")),
            Map.entry(NURSING.name(), List.of(
                    "Assess, plan, deliver and evaluate patient care to a high standard",
                    "Administer medication safely and keep accurate records",
                    "Lead shifts and coordinate the multidisciplinary team",
                    "Support and mentor student nurses and healthcare assistants",
                    "Communicate compassionately with patients and their families",
                    "Contribute to audits and quality improvement on the ward",
                    "Plan safe and timely discharges with community services")),
            Map.entry(MECHANICAL_ENGINEERING.name(), List.of(
                    "Design components and assemblies in 3D CAD from concept to production",
                    "Run FEA and tolerance analysis to validate designs",
                    "Support production with root cause analysis and corrective actions",
                    "Lead DFMEA reviews and prototype testing",
                    "Work with suppliers on tooling, quality and cost reduction",
                    "Drive continuous improvement using lean and Six Sigma methods")),
            Map.entry(LEGAL.name(), List.of(
                    "Draft, review and negotiate a wide range of commercial contracts",
                    "Advise the business on legal risk in plain, practical terms",
                    "Support corporate transactions, including due diligence",
                    "Manage disputes and instruct external counsel where needed",
                    "Keep policies up to date with data protection and regulatory change",
                    "Train colleagues on contracting and compliance topics")),
            Map.entry(PEOPLE.name(), List.of(
                    "Partner with leaders on organisation design and workforce planning",
                    "Handle employee relations cases fairly and in line with the law",
                    "Run the performance review and pay review cycles",
                    "Improve onboarding, engagement and retention",
                    "Develop learning programmes and succession plans",
                    "Use HR data to spot trends and shape people strategy",
                    "Keep policies and the HR system accurate and compliant")),
            Map.entry(SUPPLY_CHAIN.name(), List.of(
                    "Lead the sales and operations planning cycle",
                    "Forecast demand and keep inventory at the right level",
                    "Negotiate with suppliers and carriers on cost, quality and service",
                    "Manage third-party logistics partners and warehouse performance",
                    "Ensure customs and trade compliance across borders",
                    "Report on supply chain KPIs and drive improvements")),
            Map.entry(CONSTRUCTION.name(), List.of(
                    "Manage projects from pre-construction through to handover",
                    "Keep the site safe and compliant with CDM regulations",
                    "Control cost, programme and quality against the contract",
                    "Coordinate subcontractors, designers and the client team",
                    "Prepare designs, calculations and drawings for civil and structural works",
                    "Administer NEC or JCT contracts, including variations and valuations",
                    "Report progress and risks to the project board")),
            Map.entry(DESIGN.name(), List.of(
                    "Design end-to-end experiences from research through to polished UI",
                    "Plan and run user research and usability testing",
                    "Build prototypes to test ideas quickly with users",
                    "Contribute to and maintain the design system",
                    "Make sure our products are accessible to everyone",
                    "Present and defend design decisions to stakeholders")));

    static final List<String> BENEFITS = List.of(
            "Hybrid working, two days in the office",
            "Fully remote within the same time zone",
            "Private medical insurance",
            "Pension with 6% employer contribution",
            "25 days holiday plus bank holidays",
            "Annual bonus of up to 15%",
            "Share options",
            "Annual learning budget",
            "Enhanced parental leave",
            "Four-day week over the summer",
            "Cycle to work scheme",
            "Life assurance at four times salary",
            "Employee assistance programme",
            "Paid professional memberships");

    // Recruiter activity; note bodies may use {first} for the candidate's first name

    static final List<String> CALL_SUBJECTS = List.of(
            "Screening call: motivation and notice period",
            "Intro call with candidate",
            "Salary and benefits discussion",
            "Pre-interview briefing",
            "Post-interview debrief with candidate",
            "Interview feedback from hiring manager",
            "Reference check",
            "Offer call",
            "Counter-offer conversation",
            "Check-in before start date",
            "Business development call",
            "Role intake call with hiring manager",
            "Follow-up on missed call",
            "Market update for passive candidate");

    static final List<String> NOTE_BODIES = List.of(
            "Candidate prefers hybrid, open to 10% travel.",
            "{first} is on a three-month notice period but thinks it could be negotiated down to two.",
            "Strong communicator. Clear on why {first} wants to leave: no progression in the current team.",
            "Currently earning just under the top of the budget. Expects a 10-15% increase to move.",
            "{first} is interviewing elsewhere and expects an offer by the end of next week.",
            "Would relocate for the right role, but only after the school year ends.",
            "Not looking right now. Happy to hear about senior roles in six months.",
            "Hiring manager liked the technical depth but wants to see more stakeholder management.",
            "{first} asked for a flexible start time because of childcare.",
            "Good cultural fit. Client wants a second interview with the team lead.",
            "Counter-offer risk: {first} has been promised a promotion review in the spring.",
            "Referred by a previous placement. Worth keeping warm even if this role does not work out.",
            "Requires visa sponsorship. Checked with the client: they can sponsor for this role.",
            "{first} accepted the offer verbally. Waiting for the signed contract.");

    static final List<String> EMAIL_SUBJECTS = List.of(
            "Sent shortlist to hiring manager",
            "Job description and next steps",
            "Interview confirmation",
            "Interview preparation notes",
            "Feedback from your interview",
            "Request for references",
            "Offer details",
            "Contract and onboarding documents",
            "Terms of business",
            "Candidate profile for your review",
            "Quick question about your availability",
            "Following up on our conversation",
            "Updated CV received",
            "Invoice for placement fee");

    static final List<String> MEETING_SUBJECTS = List.of(
            "First interview",
            "Second interview with the team",
            "Final interview with the director",
            "Technical assessment",
            "Case study presentation",
            "Coffee with candidate",
            "Role intake meeting with client",
            "Quarterly account review with client",
            "Shortlist review with hiring manager",
            "Offer negotiation with client",
            "Site visit",
            "Candidate onboarding check-in",
            "Pitch meeting with prospective client");

    private DemoCatalog() {
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Replaces each {@code {key}} with its value; placeholders without a value are left in place. */
    static String fill(String template, Map<String, String> values) {
        String result = template;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            result = result.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return result;
    }
}
