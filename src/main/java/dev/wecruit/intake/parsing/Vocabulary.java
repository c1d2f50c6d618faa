package dev.wecruit.intake.parsing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Words the parser recognises CV structure by, in the languages CVs commonly come in. */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Lower case, accents kept, punctuation at the ends and doubled spaces removed. */
    static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Lower case without accents, for comparing words written with or without them. */
    static String folded(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    static Set<String> words(String spaceSeparated) {
        Set<String> set = new HashSet<>();
        for (String word : spaceSeparated.trim().split("\\s+")) {
            set.add(folded(word));
        }
        return Set.copyOf(set);
    }

    // ---- section headings -------------------------------------------------------------------------------------

    static final Map<String, Section.Type> HEADINGS = headings();

    private static Map<String, Section.Type> headings() {
        Map<String, Section.Type> map = new LinkedHashMap<>();
        put(map, Section.Type.EXPERIENCE, "experience|work experience|professional experience|employment history|"
                + "employment|career history|work history|relevant experience|professional background|career|"
                + "career summary|experience summary|professional history|employment experience|working experience|"
                + "work|positions held|professional career|career experience|industry experience|clinical experience|"
                + "teaching experience|legal experience|research experience|selected experience|previous experience|"
                + "other experience|additional experience|experience and employment|employment record|"
                + "professional employment|experiences|work experiences|experience history|key experience|"
                + "berufserfahrung|berufliche erfahrung|beruflicher werdegang|werdegang|berufspraxis|"
                + "praktische erfahrung|arbeitserfahrung|berufstätigkeit|beruflicher hintergrund|"
                + "expérience professionnelle|expériences professionnelles|expérience|expériences|parcours professionnel|"
                + "experiencia|experiencia profesional|experiencia laboral|trayectoria profesional|historial laboral|"
                + "werkervaring|werkervaringen|ervaring|arbeidsverleden|loopbaan|beroepservaring|"
                + "experiência profissional|experiência|experiencia professional|esperienza|esperienza professionale|"
                + "esperienze lavorative|esperienze professionali|doświadczenie zawodowe|doświadczenie|"
                + "internships|internship experience|military experience|freelance experience");
        put(map, Section.Type.EDUCATION, "education|education and training|education & training|academic background|"
                + "academic qualifications|qualifications|educational background|academic history|academic record|"
                + "education history|academic profile|academic experience|studies|schooling|degrees|"
                + "education and qualifications|qualifications and education|training and education|"
                + "professional qualifications|academic|university education|higher education|"
                + "ausbildung|bildung|bildungsweg|schulbildung|studium|akademischer werdegang|ausbildung und studium|"
                + "formation|formations|parcours académique|études|diplômes|formation académique|"
                + "educación|formación|formación académica|estudios|educacion|formacion|"
                + "opleiding|opleidingen|scholing|onderwijs|"
                + "formação|formação académica|formação acadêmica|educação|istruzione|formazione|"
                + "istruzione e formazione|wykształcenie|edukacja");
        put(map, Section.Type.SKILLS, "skills|core skills|technical skills|key skills|top skills|main skills|competencies|core competencies|"
                + "key competencies|expertise|areas of expertise|skills and expertise|skills & expertise|"
                + "technical expertise|skill set|skillset|skills summary|summary of skills|professional skills|"
                + "it skills|computer skills|technical competencies|technologies|tech stack|tools|tools and technologies|"
                + "tools & technologies|technical proficiencies|proficiencies|strengths|key strengths|abilities|"
                + "capabilities|specialisms|specialities|specialties|skills and abilities|skills and competencies|"
                + "skills & competencies|relevant skills|additional skills|other skills|soft skills|hard skills|"
                + "software|software skills|programming languages|clinical skills|transferable skills|knowledge|"
                + "kenntnisse|fähigkeiten|kompetenzen|fachkenntnisse|it-kenntnisse|edv-kenntnisse|"
                + "fähigkeiten und kenntnisse|kenntnisse und fähigkeiten|qualifikationen|"
                + "compétences|compétences techniques|savoir-faire|aptitudes|"
                + "habilidades|competencias|conocimientos|aptitudes y habilidades|"
                + "vaardigheden|competenties|kennis|vaardigheden en competenties|"
                + "competências|habilidades e competências|competenze|abilità|umiejętności");
        put(map, Section.Type.LANGUAGES, "languages|language skills|language|spoken languages|languages spoken|"
                + "language proficiency|foreign languages|sprachen|sprachkenntnisse|fremdsprachen|langues|"
                + "compétences linguistiques|idiomas|lenguas|talen|talenkennis|línguas|lingue|conoscenze linguistiche|"
                + "języki|języki obce");
        put(map, Section.Type.CERTIFICATIONS, "certifications|certificates|certification|licences|licenses|"
                + "licences and certifications|licenses and certifications|licenses & certifications|"
                + "certifications and licences|certifications & licenses|accreditations|professional certifications|"
                + "registrations|professional registrations|memberships|professional memberships|affiliations|"
                + "professional affiliations|training|courses|training and courses|courses and training|"
                + "professional development|continuing professional development|cpd|trainings|"
                + "zertifikate|zertifizierungen|weiterbildung|weiterbildungen|fortbildungen|schulungen|"
                + "certificats|certifications professionnelles|certificaciones|certificados|cursos|"
                + "certificaten|cursussen|certificações|certificazioni|corsi");
        put(map, Section.Type.PROFILE, "profile|summary|professional summary|about me|about|personal statement|"
                + "personal profile|professional profile|career profile|career objective|objective|objectives|"
                + "executive summary|overview|introduction|career summary statement|summary of qualifications|"
                + "profil|kurzprofil|über mich|zusammenfassung|persönliches profil|profil professionnel|à propos|"
                + "perfil|perfil profesional|sobre mí|resumen|resumen profesional|objetivo|profiel|over mij|"
                + "samenvatting|perfil profissional|sobre mim|profilo|profilo professionale|chi sono|o mnie|podsumowanie");
        put(map, Section.Type.PROJECTS, "projects|key projects|selected projects|personal projects|side projects|"
                + "project experience|projekte|projets|proyectos|projecten|projetos|progetti|projekty|portfolio");
        put(map, Section.Type.INTERESTS, "interests|hobbies|hobbies and interests|interests and hobbies|"
                + "outside work|outside of work|away from work|leisure|leisure activities|spare time|free time|"
                + "personal interests|outside interests|hobbies & interests|interests & hobbies|activities|"
                + "extracurricular activities|extra-curricular activities|interessen|hobbys|freizeit|"
                + "centres d'intérêt|centres d’intérêt|loisirs|intereses|aficiones|pasatiempos|interesses|hobby's|"
                + "interessi|zainteresowania");
        put(map, Section.Type.REFERENCES, "references|referees|references available on request|"
                + "referenzen|références|referencias|referenties|referências|referenze");
        put(map, Section.Type.CONTACT, "contact|contact details|contact information|contact info|personal details|"
                + "personal information|personal data|details|get in touch|kontakt|persönliche daten|"
                + "persönliche angaben|kontaktdaten|coordonnées|informations personnelles|état civil|contacto|"
                + "datos personales|información personal|contactgegevens|persoonlijke gegevens|personalia|contato|"
                + "dados pessoais|contatti|dati personali|informazioni personali|dane osobowe|kontakt|datos de contacto|"
                + "información de contacto|dados de contacto|dados de contato|informations de contact|"
                + "kontaktinformationen|contactinformatie|informazioni di contatto|recapiti");
        put(map, Section.Type.VOLUNTEERING, "volunteering|volunteer experience|volunteer work|voluntary work|"
                + "voluntary experience|community involvement|community service|ehrenamt|ehrenamtliches engagement|"
                + "bénévolat|voluntariado|vrijwilligerswerk");
        put(map, Section.Type.AWARDS, "awards|honours|honors|awards and honours|awards and honors|"
                + "honours and awards|honors and awards|achievements|key achievements|accomplishments|"
                + "awards & achievements|achievements and awards|scholarships|auszeichnungen|distinctions|"
                + "premios|logros|prijzen|prêmios");
        put(map, Section.Type.PUBLICATIONS, "publications|selected publications|papers|research|research interests|"
                + "conferences|presentations|talks|patents|publikationen|veröffentlichungen|publicaciones|publicaties");
        put(map, Section.Type.OTHER, "additional information|other information|further information|miscellaneous|"
                + "other|additional|personal|additional details|sonstiges|weitere informationen|divers|"
                + "informations complémentaires|otros|información adicional|overig|overige|outros|altro|"
                + "declaration|military service|wehrdienst|zivildienst");
        return Map.copyOf(map);
    }

    private static void put(Map<String, Section.Type> map, Section.Type type, String phrases) {
        for (String phrase : phrases.split("\\|")) {
            map.putIfAbsent(headingKey(phrase), type);
        }
    }

    /** How headings are compared: folded, "&" and "and" dropped, spaces collapsed. */
    static String headingKey(String text) {
        return (" " + folded(text).replace('&', ' ') + " ").replace(" and ", " ").replace(" und ", " ")
                .replace(" et ", " ").replace(" y ", " ").replace(" en ", " ").replaceAll("\\s+", " ").strip();
    }

    // ---- jobs and organisations -------------------------------------------------------------------------------

    /** Words that make a phrase a job title. */
    static final Set<String> TITLE_WORDS = words("""
            engineer engineers developer developers programmer architect analyst analysts scientist consultant
            manager managers director head lead leader chief officer executive president vp founder cofounder co-founder
            owner partner associate principal specialist coordinator co-ordinator administrator admin assistant
            advisor adviser representative agent technician technologist operator supervisor foreman forewoman
            superintendent inspector surveyor estimator planner scheduler buyer merchandiser designer artist
            writer editor journalist reporter producer photographer animator illustrator copywriter translator
            interpreter teacher lecturer professor tutor instructor trainer coach educator headteacher headmaster
            principal teaching nurse nurses midwife doctor physician surgeon dentist pharmacist therapist
            physiotherapist psychologist psychiatrist paramedic radiographer sonographer optometrist carer caregiver
            care worker support healthcare medic clinician practitioner dietitian nutritionist phlebotomist
            accountant bookkeeper auditor controller comptroller treasurer actuary underwriter broker trader banker
            economist cashier teller clerk secretary receptionist paralegal solicitor barrister lawyer attorney
            counsel advocate notary judge magistrate clerk chef cook sous commis baker butcher barista bartender
            waiter waitress server host hostess housekeeper concierge steward stewardess sommelier porter driver
            courier chauffeur pilot captain navigator mechanic electrician plumber carpenter joiner bricklayer
            plasterer painter decorator welder fabricator machinist fitter installer labourer laborer operative
            handyman gardener landscaper groundskeeper cleaner janitor caretaker guard security warehouse picker
            packer loader forklift storekeeper storeperson dispatcher controller logistician recruiter sourcer
            researcher fellow postdoc intern internship trainee apprentice graduate student volunteer ambassador
            strategist marketer marketing sales salesperson salesman account advocate evangelist owner officer
            commander sergeant corporal lieutenant soldier firefighter police constable detective investigator
            social worker counsellor counselor librarian archivist curator economist statistician mathematician
            physicist chemist biologist geologist pharmacologist technician biostatistician epidemiologist
            devops sre qa tester dba sysadmin webmaster administrator ux ui scrum agile product owner cto cfo ceo coo
            cio cmo ciso hr hrbp generalist partner paraplanner planner estimator quantity draughtsman draftsman
            drafter cad modeller modeler consultant advisor hairdresser barber beautician therapist stylist
            make-up tailor seamstress florist butler nanny childminder au pair tutor mentor
            ingenieur ingenieurin entwickler entwicklerin softwareentwickler berater beraterin leiter leiterin
            geschäftsführer geschäftsführerin mitarbeiter mitarbeiterin sachbearbeiter sachbearbeiterin referent
            steuerberater steuerassistent wirtschaftsprüfer bilanzbuchhalter referentin krankenschwester krankenpfleger pflegefachkraft pflegefachfrau pflegefachmann arzt ärztin
            lehrer lehrerin kaufmann kauffrau buchhalter buchhalterin steuerberater rechtsanwalt rechtsanwältin
            projektleiter projektmanager teamleiter abteilungsleiter fachkraft techniker technikerin monteur koch
            köchin verkäufer verkäuferin assistent assistentin werkstudent praktikant praktikantin auszubildender
            ingénieur ingénieure développeur développeuse chef cheffe responsable directeur directrice gestionnaire
            infirmier infirmière médecin enseignant enseignante professeur comptable avocat avocate juriste
            consultante conseiller conseillère technicien technicienne vendeur vendeuse commercial commerciale
            assistante chargé chargée stagiaire alternant cuisinier serveur serveuse
            ingeniero ingeniera desarrollador desarrolladora programador programadora gerente jefe jefa director
            directora enfermero enfermera médico médica profesor profesora maestro maestra contable contador
            contadora abogado abogada asesor asesora consultor consultora técnico técnica analista vendedor vendedora
            administrativo administrativa auxiliar coordinador coordinadora becario becaria camarero camarera
            cocinero cocinera conductor
            ontwikkelaar verpleegkundige adviseur medewerker beheerder manager docent leraar accountant advocaat
            consultant projectleider teamleider directeur verkoper monteur chauffeur stagiair
            engenheiro engenheira desenvolvedor desenvolvedora gerente enfermeiro enfermeira professor professora
            contador contadora advogado advogada analista consultor técnico vendedor assistente estagiário estagiária
            ingegnere sviluppatore responsabile infermiere infermiera insegnante avvocato commercialista tecnico
            impiegato impiegata
            """);

    /** Words that make a title senior or junior; they support a title but are not one on their own. */
    static final Set<String> SENIORITY_WORDS = words("senior junior jr sr lead principal staff chief head deputy "
            + "assistant associate trainee graduate intern apprentice interim acting executive regional global group "
            + "national area district");

    /** Legal forms and organisation words: a phrase holding one is an employer. */
    static final Set<String> COMPANY_SUFFIXES = words("""
            ltd ltd. limited plc llc llp lp inc inc. incorporated corp corp. corporation co co. company gmbh ag kg
            ohg ug se sa s.a. sas sarl s.a.r.l. sl s.l. srl s.r.l. spa s.p.a. bv b.v. nv n.v. ab oy oyj as a/s aps
            pty pty. pte pte. bhd sdn kk k.k. pvt pvt. private ltda ltda. eirl cic lda s.c. sp. z.o.o.
            """);

    static final Set<String> ORGANISATION_WORDS = words("""
            group holdings holding partners partnership associates international global worldwide solutions
            technologies technology tech systems software services consulting consultancy consultants labs lab
            studio studios agency media networks network industries industrial manufacturing logistics
            transport airlines airways bank banking capital investments insurance assurance financial finance
            pharma pharmaceuticals therapeutics biotech healthcare health hospital hospitals clinic clinics
            infirmary surgery practice trust foundation charity council authority ministry department government
            agency office commission university college school academy institute institution polytechnic
            restaurant restaurants hotel hotels resort cafe café bar pub kitchen bakery catering retail stores store
            shop supermarket supermarkets foods food beverages brewery motors automotive energy power utilities
            water oil gas mining construction builders building developments homes properties property estates
            realty engineering architects design marketing communications publishing press news broadcasting
            entertainment games gaming sports club clubs association society federation union army navy air force
            police service services corps nhs gov plc e.v. stiftung verein krankenhaus klinikum universität
            hochschule schule stadt gemeinde verwaltung bank versicherung werke hôpital clinique université école
            mairie ministère banque hospital clínica universidad colegio escuela ayuntamiento ziekenhuis
            universiteit hogeschool gemeente school bank università ospedale banca
            """);

    static final Set<String> INSTITUTION_WORDS = words("""
            university universities college school academy institute institution polytechnic polytechnique
            conservatoire conservatory seminary faculty campus
            universität universitaet hochschule fachhochschule gymnasium realschule gesamtschule berufsschule
            berufskolleg akademie kolleg
            université universite école ecole lycée lycee collège iut insa
            universidad universitat escuela colegio instituto facultad politécnica politecnica
            universiteit hogeschool academie lyceum
            universidade faculdade escola instituto
            università universita politecnico liceo istituto accademia
            uniwersytet politechnika szkoła akademia
            """);

    /** Well-known institutions written without a keyword. */
    static final Set<String> INSTITUTION_NAMES = Set.of("MIT", "UCL", "LSE", "KCL", "ETH", "EPFL", "NYU", "UCLA",
            "USC", "CMU", "IIT", "IIM", "INSEAD", "HEC", "ESSEC", "ESADE", "IESE", "LBS", "NUS", "NTU", "HKU", "KTH",
            "TU", "RWTH", "LMU", "TUM", "KIT", "DTU", "UBC", "UNSW", "UCT", "USP", "UNAM", "ITAM", "Caltech",
            "Sciences Po", "Harvard", "Stanford", "Oxford", "Cambridge", "Yale", "Princeton", "Columbia",
            "Wharton", "Sorbonne");

    /** Degree and qualification words, with punctuation stripped and folded. */
    static final Set<String> QUALIFICATION_WORDS = words("""
            bsc bsc. b.sc b.sc. msc msc. m.sc m.sc. ba b.a b.a. ma m.a m.a. mba emba phd ph.d ph.d. dphil mphil mres
            mst meng beng b.eng m.eng bed b.ed med m.ed llb ll.b llm ll.m jd j.d md m.d mbbs mbchb bds bpharm mpharm
            bvsc bn bsn msn dnp adn rgn rmn mpa mph mfa bfa barch march bcom b.com mcom m.com bba bca mca btech
            b.tech mtech m.tech be b.e me m.e bs b.s ms m.s aa as aas ged hnd hnc nvq btec gcse gcses igcse a-level
            a-levels alevel alevels a-level(s) as-level ib ibdp diploma diplomas certificate certification cert
            degree degrees bachelor bachelors bachelor's master masters master's doctorate doctoral doctor postgraduate
            undergraduate graduate pgce pgde pgdip pgcert qts honours hons (hons) foundation associate apprenticeship
            highers baccalaureate
            abitur fachabitur diplom diplom-ingenieur dipl.-ing. dipl.-kfm. magister staatsexamen promotion
            ausbildung meister meisterbrief lehre bachelorstudium masterstudium
            licence licenciatura licenciado licenciada grado máster master's doctorado bachillerato baccalauréat
            bac bac+2 bac+3 bac+5 bts dut deug dea dess mastère doctorat cap bep
            ingeniería ingenieria ingénieur ingeniero título titulo técnico tecnico
            bachelor's propedeuse havo vwo mbo hbo wo drs ir mr
            mestrado bacharelado graduação pós-graduação doutorado especialização tecnólogo
            laurea magistrale triennale dottorato diploma maturità
            licencjat magister inżynier
            """);

    static final Set<String> HONORIFICS = words("mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. professor sir dame "
            + "herr frau m. mme mme. mlle sr. sra. sra srta. don doña dott. dott.ssa ing. dipl.-ing. dipl.ing.");

    static final Set<String> POST_NOMINALS = words("""
            mba msc bsc ba ma phd md mbbs frcs mrcp frcp rn rgn rmn bsn msn cpa aca acca fca fcca cima cfa frm pmp
            prince2 csm cissp cisa cism ceng ieng eng peng pe mice miet mimeche mcips mcipd chrp shrm-cp cipd
            frsa fhea mrics frics riba llb llm jd esq esq. jr jr. sr sr. ii iii iv dipl mcs mcsa mcse ccna ccnp
            pgce qts ba bsc ma msc meng beng llb mbbs mrcgp frcs acma cgma fcma cta atp ceng mcipd
            hons mphil mres meng beng dnp np pa-c lpn lvn emt cna ot pt dpt pharmd rph
            """);

    /** Lower-case words that belong inside a surname. */
    static final Set<String> NAME_PARTICLES = words("van von der den de del della delle dei degli di da das dos du "
            + "la le las los lo st st. ter ten te zu zur vom y e bin binti bint ibn al el abu ben bat ap mac "
            + "ó ní nic uí mhic ua");

    /** Lines that name the document, never a person. */
    static final Set<String> DOCUMENT_WORDS = words("curriculum vitae cv c.v. resume résumé resumé lebenslauf "
            + "hoja de vida currículum curriculum vitæ cv: profile portfolio");

    // ---- dates ------------------------------------------------------------------------------------------------

    /** Month names and abbreviations in English, German, French, Spanish, Dutch, Portuguese and Italian. */
    static final Map<String, Integer> MONTHS = months();

    private static Map<String, Integer> months() {
        Map<String, Integer> map = new HashMap<>();
        String[][] names = {
                {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "januari", "janeiro",
                        "gennaio", "genn", "gen", "styczeń"},
                {"february", "feb", "febr", "februar", "février", "févr", "fevrier", "fev", "fév", "febrero",
                        "februari", "fevereiro", "fevereiro", "febbraio", "luty"},
                {"march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "maart", "mrt", "março", "marco",
                        "marzec"},
                {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień"},
                {"may", "mai", "mayo", "mei", "maio", "maggio", "mag", "maj"},
                {"june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu", "czerwiec"},
                {"july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug", "lipiec"},
                {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpień"},
                {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "settembre",
                        "set", "wrzesień"},
                {"october", "oct", "okt", "oktober", "octobre", "octubre", "outubro", "out", "ottobre", "ott",
                        "październik"},
                {"november", "nov", "novembre", "noviembre", "novembro", "listopad"},
                {"december", "dec", "dez", "dezember", "décembre", "déc", "decembre", "diciembre", "dic",
                        "dezembro", "dicembre", "grudzień"}};
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m]) {
                map.put(name, m + 1);
            }
        }
        return Map.copyOf(map);
    }

    static final Map<String, Integer> SEASONS = Map.ofEntries(Map.entry("spring", 3), Map.entry("summer", 6),
            Map.entry("autumn", 9), Map.entry("fall", 9), Map.entry("winter", 12), Map.entry("frühling", 3),
            Map.entry("frühjahr", 3), Map.entry("sommer", 6), Map.entry("herbst", 9), Map.entry("printemps", 3),
            Map.entry("été", 6), Map.entry("automne", 9), Map.entry("hiver", 12), Map.entry("primavera", 3),
            Map.entry("verano", 6), Map.entry("otoño", 9), Map.entry("invierno", 12));

    static final List<String> PRESENT_WORDS = List.of("present", "current", "currently", "now", "today", "ongoing",
            "date", "heute", "jetzt", "aktuell", "gegenwärtig", "derzeit", "dato", "laufend",
            "aujourd'hui", "aujourd’hui", "présent", "actuel", "actuellement", "en cours", "ce jour",
            "actualidad", "presente", "actual", "la fecha", "hoy", "actualmente", "heden", "nu", "huidig",
            "tegenwoordig", "atual", "atualmente", "o momento", "momento", "oggi", "in corso", "attuale", "obecnie");

    static final Pattern BULLET = Pattern.compile("^[\\u2022\\u25AA\\u25CF\\u25E6\\u2023\\u2043\\u2219\\u00B7"
            + "\\u25A0\\u25A1\\u25C6\\u25C7\\u2713\\u2714\\u27A2\\u27A4\\u2192\\u25B8\\u25BA\\u2605\\u2606\\-\\*>o]\\s");
}
