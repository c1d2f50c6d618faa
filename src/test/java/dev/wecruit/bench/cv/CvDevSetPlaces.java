package dev.wecruit.bench.cv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Countries (cities, phone number ranges, institutions, legal suffixes) and name cultures for the synthetic people.
 * Names are invented combinations of common given names and surnames; streets and postcodes are made up.
 *
 * <p>Phone ranges are written {@code prefix/length}: the national significant number starts with the prefix and has
 * that many digits; the rest is drawn at random and kept only if libphonenumber says the number is valid.
 */
final class CvDevSetPlaces {

    record Country(
            String code,
            String englishName,
            String localName,
            String currency,
            List<String> suffixes,
            List<City> cities,
            List<String> mobileRanges,
            List<String> landlineRanges,
            List<String> universities,
            List<String> colleges,
            List<String> emailDomains) {}

    /** A city, its region as locals abbreviate it (TX, NSW) if addresses use one, and a street address if we have one. */
    record City(String name, String region, String address) {}

    record Culture(String key, List<String[]> women, List<String[]> men, List<String> womensMiddleNames,
            List<String> mensMiddleNames, List<String> nativeLanguages, boolean familyNameFirst) {}

    private CvDevSetPlaces() {}

    static Map<String, Country> countries() {
        Map<String, Country> countries = new LinkedHashMap<>();
        for (Map<String, String> block : blocks(COUNTRIES)) {
            List<City> cities = new ArrayList<>();
            Map<String, String> addresses = new LinkedHashMap<>();
            for (String address : items(block.get("addresses"))) {
                int equals = address.indexOf('=');
                addresses.put(address.substring(0, equals), address.substring(equals + 1));
            }
            for (String city : items(block.get("cities"))) {
                String[] parts = city.split("\\|");
                cities.add(new City(parts[0], parts.length > 1 ? parts[1] : null, addresses.get(parts[0])));
            }
            List<String> names = items(block.get("names"));
            countries.put(block.get("key"), new Country(block.get("key"), names.get(0), names.get(names.size() - 1),
                    block.get("currency"), items(block.get("suffixes")), cities, items(block.get("mobile")),
                    items(block.get("landline")), items(block.get("unis")), items(block.get("colleges")),
                    items(block.get("email"))));
        }
        return countries;
    }

    static Map<String, Culture> cultures() {
        Map<String, Culture> cultures = new LinkedHashMap<>();
        for (Map<String, String> block : blocks(CULTURES)) {
            cultures.put(block.get("key"), new Culture(block.get("key"), names(block.get("f")), names(block.get("m")),
                    items(block.get("fmiddle")), items(block.get("mmiddle")), items(block.get("native")),
                    "yes".equals(block.get("familyFirst"))));
        }
        return cultures;
    }

    private static List<String[]> names(String list) {
        return items(list).stream().map(name -> name.split(" / ")).toList();
    }

    private static List<String> items(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(list.split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static List<Map<String, String>> blocks(String text) {
        List<Map<String, String>> blocks = new ArrayList<>();
        Map<String, String> block = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.startsWith("== ")) {
                block = new LinkedHashMap<>();
                block.put("key", line.substring(3));
                blocks.add(block);
            } else if (!line.isEmpty() && block != null) {
                int colon = line.indexOf(": ");
                block.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return blocks;
    }

    private static final String COUNTRIES = """
            == GB
            names: United Kingdom; UK
            currency: £
            suffixes: Ltd; Ltd; plc
            cities: London; Manchester; Leeds; Bristol; Birmingham; Glasgow; Nottingham; Leicester; Northampton; Newcastle upon Tyne; Sheffield; Reading
            addresses: Leeds=14 Larkfield Road, Leeds LS6 2AB; London=Flat 4, 27 Elmore Street, London N1 3AQ; Manchester=82 Wilbraham Road, Manchester M21 9PY; Bristol=5 Cotham Vale, Bristol BS6 6HR; Northampton=31 Kingsley Park Terrace, Northampton NN2 7HH; Sheffield=9 Ecclesall Road South, Sheffield S11 9PA
            mobile: 7400/10; 7412/10; 7480/10; 7520/10; 7723/10; 7788/10; 7812/10; 7911/10; 7946/10; 7970/10
            landline: 20/10; 161/10; 113/10; 117/10; 121/10; 141/10; 115/10; 116/10; 114/10
            unis: University of Leeds; University of Manchester; University of Bristol; University of Birmingham; University of Nottingham; Sheffield Hallam University; University of Glasgow; King's College London; Northumbria University; University of Reading; De Montfort University
            colleges: Leeds City College; The Manchester College; City of Bristol College; Birmingham Metropolitan College; Nottingham College; Northampton College
            email: mail.example; gmail.com; example.co.uk; inbox.example
            == IE
            names: Ireland; Ireland
            currency: €
            suffixes: Ltd; DAC; Limited
            cities: Dublin; Cork; Galway; Limerick; Waterford
            addresses: Cork=12 Wellington Road, Cork T23 X2K8; Dublin=Apartment 6, 40 Harold's Cross Road, Dublin 6W
            mobile: 83/9; 85/9; 86/9; 87/9; 89/9
            landline: 1/8; 21/9; 91/8; 61/8
            unis: University College Cork; University College Dublin; Trinity College Dublin; University of Galway; University of Limerick; Dublin City University; Technological University Dublin
            colleges: Cork College of Further Education; Dublin Business School; Limerick and Clare ETB
            email: mail.example; gmail.com; eircom.example
            == US
            names: United States; USA
            currency: $
            suffixes: Inc.; LLC; Inc.
            cities: Austin|TX; Chicago|IL; Seattle|WA; Boston|MA; Denver|CO; Atlanta|GA; Arlington|VA; Columbus|OH; Portland|OR
            addresses: Austin=2204 Elm Creek Drive, Austin, TX 78745; Chicago=1418 W Belmont Ave, Apt 3B, Chicago, IL 60657; Arlington=907 N Quincy St, Arlington, VA 22203
            mobile: 512/10; 737/10; 312/10; 773/10; 206/10; 617/10; 303/10; 404/10; 703/10; 614/10; 503/10
            landline: 512/10; 312/10; 206/10; 617/10
            unis: University of Texas at Austin; University of Illinois Chicago; University of Washington; Boston University; University of Colorado Boulder; Georgia State University; George Mason University; Ohio State University; Portland State University
            colleges: Austin Community College; City Colleges of Chicago; Seattle Central College; Northern Virginia Community College
            email: mail.example; gmail.com; example.com
            == CA
            names: Canada; Canada
            currency: $
            suffixes: Inc.; Ltd.
            cities: Toronto|ON; Mississauga|ON; Vancouver|BC; Calgary|AB
            addresses: Toronto=58 Roxborough Avenue, Toronto, ON M4W 1V6
            mobile: 416/10; 647/10; 437/10; 604/10; 403/10
            landline: 416/10; 905/10
            unis: Toronto Metropolitan University; York University; University of British Columbia; University of Calgary
            colleges: Humber College; George Brown College
            email: mail.example; gmail.com
            == AU
            names: Australia; Australia
            currency: $
            suffixes: Pty Ltd; Pty Ltd
            cities: Sydney|NSW; Melbourne|VIC; Brisbane|QLD; Perth|WA; Adelaide|SA
            addresses: Brisbane=17 Latrobe Terrace, Paddington QLD 4064; Sydney=Unit 9, 44 Glebe Point Road, Glebe NSW 2037
            mobile: 400/9; 412/9; 423/9; 431/9; 447/9; 458/9; 468/9
            landline: 2/9; 3/9; 7/9; 8/9
            unis: University of Sydney; University of New South Wales; Monash University; University of Queensland; Queensland University of Technology; University of Western Australia
            colleges: TAFE NSW; TAFE Queensland; Box Hill Institute
            email: mail.example; gmail.com; bigpond.example
            == DE
            names: Germany; Deutschland
            currency: €
            suffixes: GmbH; GmbH; AG
            cities: Berlin; München; Hamburg; Köln; Stuttgart; Frankfurt am Main; Leipzig
            addresses: Berlin=Lindenallee 12, 10115 Berlin; München=Hohenzollernstraße 48, 80801 München; Stuttgart=Schwabstraße 21, 70197 Stuttgart; Hamburg=Eppendorfer Weg 103, 20259 Hamburg
            mobile: 151/11; 152/11; 160/10; 162/10; 170/10; 171/10; 172/10; 176/11; 1520/11
            landline: 30/10; 89/10; 40/10; 221/10; 711/10; 69/10
            unis: Technische Universität München; Freie Universität Berlin; Universität Hamburg; Universität zu Köln; Universität Stuttgart; Goethe-Universität Frankfurt
            colleges: Berufsschule für Wirtschaft und Verwaltung; Oberstufenzentrum Handel
            email: web.example; mail.example; gmx.example; posteo.example
            == FR
            names: France; France
            currency: €
            suffixes: SAS; SA; SARL
            cities: Paris; Lyon; Toulouse; Nantes; Bordeaux; Lille; Marseille
            addresses: Lyon=18 rue de la Charité, 69002 Lyon; Bordeaux=7 cours de Verdun, 33000 Bordeaux; Nantes=42 boulevard Guist'hau, 44000 Nantes; Paris=11 rue des Trois-Bornes, 75011 Paris
            mobile: 6/9; 7/9
            landline: 1/9; 4/9; 5/9
            unis: Université Paris Cité; Université Lumière Lyon 2; Université de Bordeaux; Nantes Université; Université de Lille
            colleges: Lycée Jean-Moulin; Lycée des métiers Pierre-Mendès-France
            email: orange.example; mail.example; free.example; gmail.com
            == ES
            names: Spain; España
            currency: €
            suffixes: S.L.; S.A.
            cities: Madrid; Barcelona; Valencia; Sevilla; Bilbao; Zaragoza
            addresses: Madrid=Calle de Embajadores 102, 3.º B, 28012 Madrid; Sevilla=Avenida de la Constitución 14, 41004 Sevilla; Valencia=Carrer de Sueca 37, 46006 València
            mobile: 6/9; 7/9
            landline: 91/9; 93/9; 95/9; 96/9
            unis: Universidad Complutense de Madrid; Universidad de Sevilla; Universitat de València; Universidad de Zaragoza
            colleges: IES Politécnico; Centro de Formación Profesional Cesur
            email: correo.example; mail.example; gmail.com
            == PT
            names: Portugal; Portugal
            currency: €
            suffixes: Lda.; S.A.
            cities: Lisboa; Porto; Braga; Coimbra
            addresses: Lisboa=Rua Almirante Barroso 36, 2.º Esq., 1000-013 Lisboa
            mobile: 91/9; 92/9; 93/9; 96/9
            landline: 21/9; 22/9
            unis: Universidade de Lisboa; Universidade do Porto; Universidade de Aveiro; Universidade de Coimbra
            colleges: Escola Profissional de Braga
            email: sapo.example; mail.example; gmail.com
            == BR
            names: Brazil; Brasil
            currency: R$
            suffixes: Ltda.; S.A.
            cities: São Paulo|SP; Rio de Janeiro|RJ; Belo Horizonte|MG; Curitiba|PR
            addresses: São Paulo=Rua Augusta, 1508, ap. 72, Consolação, São Paulo - SP, 01304-001
            mobile: 119/11; 219/11; 319/11; 419/11
            landline: 113/10; 213/10
            unis: Universidade de São Paulo; Universidade Federal do Rio de Janeiro; Universidade Federal de Minas Gerais; Pontifícia Universidade Católica do Paraná
            colleges: SENAC São Paulo; SENAI Rio
            email: mail.example; gmail.com; uol.example
            == NL
            names: Netherlands; Nederland
            currency: €
            suffixes: B.V.; B.V.
            cities: Amsterdam; Rotterdam; Utrecht; Eindhoven; Den Haag; Tilburg
            addresses: Utrecht=Biltstraat 86, 3572 BG Utrecht; Rotterdam=Nieuwe Binnenweg 212a, 3021 GN Rotterdam; Eindhoven=Stratumsedijk 31, 5611 NB Eindhoven
            mobile: 6/9
            landline: 20/9; 10/9; 30/9; 40/9; 70/9; 13/9
            unis: Universiteit van Amsterdam; Erasmus Universiteit Rotterdam; Universiteit Utrecht; Technische Universiteit Eindhoven
            colleges: ROC Midden Nederland; ROC Tilburg
            email: ziggo.example; mail.example; gmail.com; kpnmail.example
            == PL
            names: Poland; Polska
            currency: zł
            suffixes: sp. z o.o.; S.A.
            cities: Kraków; Warszawa; Wrocław; Poznań; Gdańsk
            addresses: Kraków=ul. Długa 41/7, 31-147 Kraków
            mobile: 50/9; 51/9; 53/9; 60/9; 66/9; 69/9; 72/9; 78/9; 88/9
            landline: 12/9; 22/9; 61/9; 71/9
            unis: Uniwersytet Jagielloński; Politechnika Warszawska; Uniwersytet Wrocławski; AGH University of Krakow
            colleges: Zespół Szkół Ekonomicznych w Poznaniu
            email: wp.example; onet.example; gmail.com
            == CZ
            names: Czech Republic; Czechia
            currency: Kč
            suffixes: s.r.o.; a.s.
            cities: Praha; Brno; Ostrava; Plzeň
            addresses: Brno=Údolní 53, 602 00 Brno
            mobile: 601/9; 602/9; 604/9; 608/9; 720/9; 731/9; 777/9
            landline: 2/9; 5/9
            unis: Charles University; Brno University of Technology; Masaryk University; VŠB – Technical University of Ostrava
            colleges: Střední průmyslová škola Brno
            email: seznam.example; mail.example; gmail.com
            == IN
            names: India; India
            currency: ₹
            suffixes: Pvt Ltd; Pvt. Ltd.; Limited
            cities: Bengaluru|Karnataka; Pune|Maharashtra; Hyderabad|Telangana; Mumbai|Maharashtra; Chennai|Tamil Nadu
            addresses: Bengaluru=No. 48, 3rd Cross, HSR Layout Sector 2, Bengaluru 560102; Pune=Flat 702, Sai Residency, Baner Road, Pune 411045
            mobile: 98/10; 99/10; 97/10; 96/10; 90/10; 88/10; 70/10; 81/10
            landline: 80/10; 22/10; 20/10; 40/10; 44/10
            unis: Visvesvaraya Technological University; University of Pune; Osmania University; University of Mumbai; Anna University; PSG College of Technology
            colleges: Government Polytechnic Pune
            email: gmail.com; mail.example; rediffmail.example
            == SG
            names: Singapore; Singapore
            currency: S$
            suffixes: Pte Ltd; Pte. Ltd.
            cities: Singapore
            addresses: Singapore=Blk 214 Bishan Street 23, #08-117, Singapore 570214
            mobile: 8/8; 9/8
            landline: 6/8
            unis: National University of Singapore; Nanyang Technological University; Singapore Management University
            colleges: Ngee Ann Polytechnic
            email: mail.example; gmail.com
            == AE
            names: United Arab Emirates; UAE
            currency: AED
            suffixes: LLC; FZ-LLC; FZE
            cities: Dubai; Abu Dhabi; Sharjah
            addresses: Dubai=Apt 1204, Marina Crest Tower, Dubai Marina, Dubai
            mobile: 50/9; 52/9; 55/9; 56/9
            landline: 4/8; 2/8
            unis: American University of Sharjah; United Arab Emirates University; University of Dubai; Zayed University
            colleges: Higher Colleges of Technology
            email: mail.example; gmail.com
            == NG
            names: Nigeria; Nigeria
            currency: ₦
            suffixes: Limited; Ltd; Plc
            cities: Lagos; Abuja; Port Harcourt; Ibadan
            addresses: Lagos=15 Adeola Odeku Street, Victoria Island, Lagos; Abuja=Plot 27, Aminu Kano Crescent, Wuse II, Abuja
            mobile: 803/10; 805/10; 806/10; 810/10; 813/10; 703/10; 706/10; 802/10; 816/10
            landline: 2013/10; 2033/10
            unis: University of Lagos; University of Ibadan; Ahmadu Bello University; Obafemi Awolowo University; Covenant University
            colleges: Yaba College of Technology
            email: gmail.com; mail.example; yahoo.example
            == TR
            names: Turkey; Türkiye
            currency: ₺
            suffixes: A.Ş.; Ltd. Şti.
            cities: İstanbul; Ankara; İzmir
            addresses: İstanbul=Caferağa Mah. Moda Cad. No: 48 D: 5, Kadıköy, İstanbul
            mobile: 532/10; 533/10; 542/10; 505/10; 555/10
            landline: 212/10; 216/10; 312/10
            unis: Boğaziçi University; Middle East Technical University; Istanbul Technical University; Ankara University
            colleges: Istanbul Vocational School
            email: mail.example; gmail.com
            == NO
            names: Norway; Norge
            currency: NOK
            suffixes: AS; ASA
            cities: Oslo; Bergen; Stavanger; Trondheim
            addresses: Stavanger=Løkkeveien 19, 4008 Stavanger
            mobile: 4/8; 9/8
            landline: 2/8; 5/8
            unis: Norwegian University of Science and Technology (NTNU); University of Oslo; University of Bergen; University of Stavanger
            colleges: Stavanger offshore tekniske skole
            email: online.example; mail.example; gmail.com
            == SE
            names: Sweden; Sverige
            currency: SEK
            suffixes: AB; AB
            cities: Stockholm; Göteborg; Malmö; Uppsala
            addresses: Stockholm=Götgatan 54, 116 21 Stockholm
            mobile: 70/9; 72/9; 73/9; 76/9
            landline: 8/9; 31/9
            unis: KTH Royal Institute of Technology; Chalmers University of Technology; Lund University; Uppsala University
            colleges: Stockholms stad vuxenutbildning
            email: telia.example; mail.example; gmail.com
            == DK
            names: Denmark; Danmark
            currency: DKK
            suffixes: ApS; A/S
            cities: København; Aarhus; Odense
            addresses: København=Nørrebrogade 112, 3. tv., 2200 København N
            mobile: 20/8; 22/8; 26/8; 28/8; 30/8; 40/8; 50/8; 60/8
            landline: 33/8; 35/8; 86/8
            unis: University of Copenhagen; Aarhus University; Royal Danish Academy; Copenhagen Business School
            colleges: KEA – Copenhagen School of Design and Technology
            email: mail.example; gmail.com
            == FI
            names: Finland; Suomi
            currency: €
            suffixes: Oy; Oyj
            cities: Helsinki; Espoo; Tampere; Turku
            addresses: Helsinki=Mannerheimintie 120 B 14, 00270 Helsinki
            mobile: 40/9; 44/9; 45/9; 50/9
            landline: 9/8
            unis: Aalto University; University of Helsinki; Tampere University; Metropolia University of Applied Sciences
            colleges: Stadin ammatti- ja aikuisopisto
            email: mail.example; gmail.com
            == VN
            names: Vietnam; Việt Nam
            currency: US$
            suffixes: Co., Ltd; JSC
            cities: Hà Nội; Ho Chi Minh City; Đà Nẵng
            addresses: Ho Chi Minh City=123/4 Nguyễn Đình Chiểu, Phường 6, Quận 3, Ho Chi Minh City
            mobile: 90/9; 91/9; 93/9; 97/9; 98/9; 38/9
            landline: 24/10; 28/10
            unis: Hanoi University of Science and Technology; Vietnam National University, Hanoi; University of Economics Ho Chi Minh City; RMIT University Vietnam
            colleges: FPT Polytechnic
            email: gmail.com; mail.example
            """;

    private static final String CULTURES = """
            == gb
            f: Charlotte / Hughes; Emily / Carter; Hannah / Price; Sophie / Marsh; Lucy / Fairbrother; Megan / Holloway; Rebecca / Ashworth; Grace / Pemberton
            m: Oliver / Bennett; James / Whitfield; George / Atkinson; Thomas / Fairclough; Daniel / Redfern; Matthew / Cole; Samuel / Thornton; Callum / McKenzie
            fmiddle: Rose; Elizabeth; Louise; Anne
            mmiddle: James; Alexander; Edward
            native: English
            == ie
            f: Aoife / O'Sullivan-Byrne; Siobhán / Ní Bhriain; Niamh / Fitzgerald; Orla / McCarthy; Caoimhe / Dunne
            m: Cian / Ó Briain; Eoin / Fitzgerald; Ciarán / Kavanagh; Darragh / O'Neill; Seán / Mac Giolla Phádraig
            fmiddle: Marie; Bríd
            mmiddle: Patrick; Joseph
            native: English; Irish
            == us
            f: Ashley / Rodriguez; Jasmine / Washington; Megan / Kowalski; Brittany / Sullivan; Danielle / Park
            m: Michael / Johnson; Tyler / Brooks; Kevin / O'Connor; Brandon / Mitchell; Marcus / Green
            fmiddle: Ann; Marie; R.
            mmiddle: J.; Lee; R.
            native: English
            == au
            f: Mia / Robertson; Chloe / Anderson; Jessica / Nguyen; Olivia / Harris
            m: Lachlan / Murphy; Jack / Thompson; Riley / Mitchell; Cooper / Walsh
            fmiddle: Jane; Kate
            mmiddle: Thomas; James
            native: English
            == de
            f: Katrin / Schäfer; Anna-Lena / Böhm; Julia / Wagner; Sabine / Hoffmann; Lea / Krüger
            m: Jürgen / Müller; Lukas / Weiß; Maximilian / Groß; Sören / Köhler; Tobias / Schröder
            fmiddle: Maria; Sophie
            mmiddle: Johannes; Maria
            native: German
            == fr
            f: Élodie / Lefèvre; Hélène / Girard; Chloé / Fontaine; Margaux / Dubois-Roussel; Céline / Moreau
            m: François / Dubois; Benoît / Lemaître; Jérôme / Mercier; Thibault / Garnier; Mathieu / Lacroix
            fmiddle: Marie; Anne
            mmiddle: Louis; Marie
            native: French
            == es
            f: María José / García López; Lucía / Martín Sánchez; Nuria / Pérez Castillo; Carmen / Ruiz de la Torre; Paula / Navarro Gil
            m: Javier / Fernández Ruiz; Álvaro / Gómez de la Fuente; Sergio / Moreno Vidal; Pablo / Iglesias Romero
            native: Spanish
            == pt
            f: Ana Beatriz / Oliveira; Inês / Gonçalves; Mariana / Sousa Carvalho
            m: João Pedro / Silva Santos; Luís / Gonçalves; Tiago / Fernandes Costa
            native: Portuguese
            == br
            f: Ana Beatriz / Oliveira Lima; Larissa / Souza Pereira; Camila / Rocha Andrade
            m: Thiago / Costa Ferreira; Rafael / Almeida Nunes; Gustavo / Ribeiro Duarte
            native: Portuguese
            == nl
            f: Sanne / de Vries; Femke / Jansen; Lotte / van Dijk; Eva / Bakker; Anouk / van den Heuvel
            m: Daan / van der Berg; Pieter / van den Heuvel; Bram / ter Horst; Joost / de Graaf; Ruben / Visser
            native: Dutch
            == pl
            f: Agnieszka / Kowalczyk; Małgorzata / Nowak; Katarzyna / Wiśniewska; Zofia / Lewandowska
            m: Łukasz / Wróblewski; Paweł / Zieliński; Krzysztof / Dąbrowski; Michał / Wójcik
            fmiddle: Maria; Anna
            mmiddle: Jan; Piotr
            native: Polish
            == cz
            f: Tereza / Nováková; Kateřina / Procházková; Lucie / Dvořáková
            m: Šimon / Dvořák; Jiří / Černý; Tomáš / Kučera
            native: Czech
            == in
            f: Priya / Venkataraman; Ananya / Iyer; Sneha / Reddy; Kavya / Nair; Divya / Chandrasekhar
            m: Rahul / Sharma; Arjun / Mehta; Karthik / Subramanian; Vikram / Patel; Rohan / Deshpande
            fmiddle: Lakshmi; Devi
            mmiddle: Kumar; Raj
            native: Hindi|Tamil|Telugu|Kannada|Marathi
            == cn
            f: Wei / Zhang; Fang / Wang; Jing / Chen; Xiaoling / Liu
            m: Xiaoming / Li; Yang / Liu; Hao / Zhou; Jun / Huang
            native: Mandarin
            familyFirst: yes
            == vn
            f: Hương / Thị Thu / Nguyễn; Mai / Thị / Lê; Linh / Thùy / Phạm
            m: Quân / Minh / Trần; Đức / Văn / Phạm; Huy / Quang / Võ
            native: Vietnamese
            familyFirst: yes
            == ar
            f: Fatima / Haddad; Layla / Al-Mansouri; Nour / Khalil; Mariam / Al-Hashimi
            m: Ahmed / Al-Sayed; Omar / El-Masri; Yousef / Al-Rashid; Khalid / Bin Zayed
            fmiddle: Amira; Noor
            mmiddle: Abdullah; Hassan
            native: Arabic
            == ng
            f: Adaeze / Nwosu; Ngozi / Eze; Funmilayo / Adebayo; Chiamaka / Okonkwo
            m: Chukwuemeka / Okafor; Oluwaseun / Adeyemi; Babatunde / Bakare; Ifeanyi / Obi
            fmiddle: Chiamaka; Tolu
            mmiddle: Olamide; Ikenna
            native: Yoruba|Igbo|Hausa
            == tr
            f: Ayşe / Yılmaz; Elif / Şahin; Zeynep / Kaya; Büşra / Öztürk
            m: Mehmet / Doğan; Emre / Çelik; Gökhan / Aydın; Burak / Arslan
            native: Turkish
            == no
            f: Ingrid / Solberg; Kari / Haugen; Silje / Bakke
            m: Øystein / Håland; Magnus / Eriksen; Henrik / Lunde
            native: Norwegian
            == se
            f: Sigrid / Åkesson; Elin / Lindqvist; Maja / Sjöberg
            m: Björn / Lindqvist; Erik / Nyström; Oskar / Bergström
            native: Swedish
            == dk
            f: Astrid / Nørgaard; Freja / Østergaard; Ida / Mikkelsen
            m: Rasmus / Kjær; Mads / Søndergaard
            native: Danish
            == fi
            f: Aino / Virtanen; Sanna / Mäkinen
            m: Mikael / Järvinen; Juho / Heikkinen; Antti / Lehtonen
            native: Finnish
            """;
}
