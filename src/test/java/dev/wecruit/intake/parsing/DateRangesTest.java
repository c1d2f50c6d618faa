package dev.wecruit.intake.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangesTest {

    private static final YearMonth NOW = YearMonth.of(2025, 6);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Jan 2019 – Present                         | 2019-01 | now
            January 2019 - Current                     | 2019-01 | now
            2019 – 2021                                | 2019-01 | 2021-01
            2015-19                                    | 2015-01 | 2019-01
            03/2019 - 06/2021                          | 2019-03 | 2021-06
            3.2019 – 6.2021                            | 2019-03 | 2021-06
            2019-03 to 2021-06                         | 2019-03 | 2021-06
            Since 2020                                 | 2020-01 | now
            Mar. 2018 – now                            | 2018-03 | now
            Sept 2014 - Feb 2019                       | 2014-09 | 2019-02
            Jun 2012 to date                           | 2012-06 | now
            Summer 2019 – Spring 2020                  | 2019-06 | 2020-03
            Jan '19 - Dec '20                          | 2019-01 | 2020-12
            January 2019 - Present (6 years 5 months)  | 2019-01 | now
            März 2018 bis heute                        | 2018-03 | now
            seit 09/2020                               | 2020-09 | now
            01.2015 – 02.2019                          | 2015-01 | 2019-02
            janvier 2020 - aujourd'hui                 | 2020-01 | now
            depuis mars 2021                           | 2021-03 | now
            sept. 2016 à déc. 2019                     | 2016-09 | 2019-12
            de enero de 2019 a marzo de 2021           | 2019-01 | 2021-03
            Septiembre 2011 - Actualidad               | 2011-09 | now
            mei 2017 – heden                           | 2017-05 | now
            maart 2015 tot juni 2018                   | 2015-03 | 2018-06
            jan de 2018 – o momento                    | 2018-01 | now
            15/03/2017 - 30/09/2019                    | 2017-03 | 2019-09
            2020 –                                     | 2020-01 | now
            """)
    void a_period_is_read_in_many_languages_and_formats(String written, String from, String to) {
        List<DateRanges.Period> periods = DateRanges.find(written.strip(), NOW);

        assertThat(periods).hasSize(1);
        DateRanges.Period period = periods.get(0);
        assertThat(period.from()).isEqualTo(YearMonth.parse(from));
        assertThat(period.to()).isEqualTo("now".equals(to) ? null : YearMonth.parse(to));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Reduced costs by 2019 units", "Call 0800 123 4567", "Managed 12 staff",
            "Born 1990", "ISO 9001:2015 certified", "Version 2.0 released"})
    void text_without_a_period_yields_none(String written) {
        assertThat(DateRanges.find(written, NOW)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2021 – 2019", "2030 - Present"})
    void impossible_periods_are_ignored(String written) {
        assertThat(DateRanges.find(written, NOW)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void a_period_knows_where_it_was_written() {
        String line = "Nurse, St Mary's Hospital | Jan 2019 – Present";

        DateRanges.Period period = DateRanges.find(line, NOW).get(0);

        assertThat(line.substring(period.start(), period.end())).isEqualTo("Jan 2019 – Present");
        assertThat(period.monthsKnown()).isTrue();
    }
}
