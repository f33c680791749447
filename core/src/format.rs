//! Plain-text formatting shared by every page: money, fees, salaries,
//! durations, months, where a course is studied, and text made safe inside
//! HTML.

use crate::model::{
    Fee, FeeBasis, Funding, HoursBasis, PayKind, PayPeriod, Salary, Statistic, Students,
    WEEKS_PER_YEAR,
};

use crate::model::{Catalogue, Course, StudyMode};

/// The symbol written before an amount, for the currencies the site names
/// by symbol; any other (NZD, say) is named by its code.
fn currency_symbol(currency: &str) -> Option<&'static str> {
    match currency {
        "AUD" => Some("A$"),
        "USD" => Some("US$"),
        "GBP" => Some("£"),
        "EUR" => Some("€"),
        _ => None,
    }
}

/// How a currency is named on its own, as in "Maximum fee (A$)": its
/// symbol, or its code (ISO 4217) where the site has no symbol for it.
pub fn currency_label(currency: &str) -> &str {
    currency_symbol(currency).unwrap_or(currency)
}

/// `90000, "AUD"` → `"A$90,000"`; a currency without a symbol keeps its
/// code: `1200, "NZD"` → `"NZD 1,200"`.
pub fn money(amount: u32, currency: &str) -> String {
    let grouped = thousands(amount);
    match currency_symbol(currency) {
        Some(symbol) => format!("{symbol}{grouped}"),
        None => format!("{currency} {grouped}"),
    }
}

/// A whole number with thousands separators: `1200000` → `"1,200,000"`.
pub fn thousands(amount: u32) -> String {
    let digits = amount.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    grouped
}

/// `text` with its first letter upper-cased, for text that starts a
/// sentence: "a back-end developer…" → "A back-end developer…".
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A count with its noun, thousands grouped: `count(1, "course",
/// "courses")` → "1 course"; `count(50000, …)` → "50,000 courses".
pub fn count(n: usize, one: &str, many: &str) -> String {
    let grouped = u32::try_from(n).map_or_else(|_| n.to_string(), thousands);
    format!("{grouped} {}", if n == 1 { one } else { many })
}

/// A salary or fee range: `"A$90,000–A$120,000"`, or one figure when equal.
pub fn money_range(min: u32, max: u32, currency: &str) -> String {
    if min == max {
        money(min, currency)
    } else {
        format!("{}–{}", money(min, currency), money(max, currency))
    }
}

/// A course fee as a visitor should read it, never guessed: "Check with
/// provider" when unknown, "Free", or the figures with what they pay for,
/// then the year, kind of place and students the source gives, then its
/// note, e.g. "A$8,000–A$18,540 for the course (2026, full fee, domestic
/// students)". A "from" price reads "From A$55,200".
pub fn fee(fee: Option<&Fee>) -> String {
    let Some(fee) = fee else {
        return "Check with provider".into();
    };
    let mut details: Vec<String> = Vec::new();
    details.extend(fee.year.map(|y| y.to_string()));
    details.extend(fee.funding.map(|f| {
        match f {
            Funding::FullFee => "full fee",
            Funding::Subsidised => "subsidised place",
            Funding::FeeFree => "Fee-Free TAFE place",
        }
        .to_string()
    }));
    details.extend(fee.students.map(|s| {
        match s {
            Students::Domestic => "domestic students",
            Students::International => "international students",
        }
        .to_string()
    }));
    let mut details = details.join(", ");
    if let Some(note) = &fee.note {
        if !details.is_empty() {
            details.push_str("; ");
        }
        details.push_str(note);
    }
    let figure = if fee.is_free() {
        "Free".to_string()
    } else {
        let amount = match fee.max {
            None => format!("From {}", money(fee.min, &fee.currency)),
            Some(max) => money_range(fee.min, max, &fee.currency),
        };
        let per = match fee.basis {
            Some(FeeBasis::Total) => " for the course",
            Some(FeeBasis::PerYear) => " a year",
            Some(FeeBasis::PerUnit) => " a unit",
            None => "",
        };
        format!("{amount}{per}")
    };
    if details.is_empty() || (fee.is_free() && fee.note.is_none()) {
        figure
    } else {
        format!("{figure} ({details})")
    }
}

/// A salary's figures as pay for a year, in its currency; a weekly figure
/// also shows what it was worked out from: "A$114,816 (A$2,208 a week × 52)".
pub fn salary_amount(salary: &Salary) -> String {
    let (min, max) = salary.yearly();
    let yearly = money_range(min, max, &salary.currency);
    match salary.per {
        PayPeriod::Year => yearly,
        PayPeriod::Week => format!(
            "{yearly} ({} a week × {WEEKS_PER_YEAR})",
            money_range(salary.min, salary.max, &salary.currency)
        ),
    }
}

/// What a salary measures, from the fields its source states: "Median total
/// pay, full-time; full-time non-managerial employees", "Range of pay", or
/// "Pay (kind of figure not stated)".
pub fn salary_measure(salary: &Salary) -> String {
    let pay = match salary.pay {
        Some(PayKind::Base) => "base pay",
        Some(PayKind::Total) => "total pay",
        None => "pay",
    };
    let mut text = match salary.statistic {
        Some(Statistic::Median) => format!("Median {pay}"),
        Some(Statistic::Mean) => format!("Average {pay}"),
        Some(Statistic::Typical) => format!("Typical {pay}"),
        Some(Statistic::Range) => format!("Range of {pay}"),
        Some(Statistic::PercentileBand) => format!("Percentile band of {pay}"),
        None => {
            let mut chars = pay.chars();
            let first: String = chars
                .next()
                .map(|c| c.to_uppercase().collect())
                .unwrap_or_default();
            format!("{first}{} (kind of figure not stated)", chars.as_str())
        }
    };
    match salary.basis {
        Some(HoursBasis::FullTime) => text.push_str(", full-time"),
        Some(HoursBasis::All) => text.push_str(", full- and part-time"),
        None => {}
    }
    if let Some(who) = &salary.surveyed {
        text.push_str("; ");
        text.push_str(who);
    }
    text
}

/// The year a salary figure is for, or "year not stated".
pub fn salary_year(salary: &Salary) -> String {
    salary
        .year
        .map_or_else(|| "year not stated".into(), |y| y.to_string())
}

/// Months to a readable span: 6 → "6 months", 36 → "3 years", 18 → "1.5 years".
pub fn months(m: u16) -> String {
    if m >= 24 && m.is_multiple_of(6) {
        if m.is_multiple_of(12) {
            format!("{} years", m / 12)
        } else {
            // A multiple of six months: always a half year. Integer
            // arithmetic keeps float formatting out of the browser's code.
            format!("{}.5 years", m / 12)
        }
    } else if m == 1 {
        "1 month".into()
    } else {
        format!("{m} months")
    }
}

/// A range of months: "3–6 months", "3–4 years", or a single span.
pub fn month_range(min: u16, max: u16) -> String {
    if min == max {
        return months(min);
    }
    let (a, b) = (months(min), months(max));
    // "3 years"–"4 years" reads better as "3–4 years" when units agree.
    match (a.split_once(' '), b.split_once(' ')) {
        (Some((na, ua)), Some((nb, ub))) if ua == ub => format!("{na}–{nb} {ub}"),
        _ => format!("{a} to {b}"),
    }
}

/// A percentage to at most one decimal place: 12.0 → "12%", 4.25 → "4.3%",
/// -0.5 → "-0.5%". Written with integers, so the browser's code needs no
/// float formatting.
pub fn percent(value: f32) -> String {
    let tenths = (f64::from(value) * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
    if tenth == 0 {
        format!("{sign}{whole}%")
    } else {
        format!("{sign}{whole}.{tenth}%")
    }
}

/// Weeks to a readable duration: 156 → "3 years", 26 → "6 months", 8 → "8 weeks".
pub fn weeks(w: u16) -> String {
    match w {
        0..=1 => "1 week".into(),
        2..=16 => format!("{w} weeks"),
        _ => {
            let months = (f32::from(w) * 12.0 / 52.0).round() as u16;
            self::months(months.max(1))
        }
    }
}

/// A total of study time: as [`weeks`] up to two years, then in whole or
/// half years ("22 years", not "265 months").
pub fn study_time(weeks_total: u32) -> String {
    if weeks_total <= 104 {
        return weeks(weeks_total as u16);
    }
    let halves = weeks_total.saturating_mul(2).saturating_add(26) / 52;
    if halves.is_multiple_of(2) {
        format!("{} years", halves / 2)
    } else {
        format!("{}.5 years", halves / 2)
    }
}

/// A course's length as pages show it: "8 weeks", or "about 7 months (a
/// rough guide)" when the provider publishes none (`Course::rough_length`).
pub fn course_length(course: &crate::model::Course) -> String {
    let length = weeks(course.duration_weeks);
    if course.rough_length {
        format!("about {length} (a rough guide)")
    } else {
        length
    }
}

/// A course's length on its own page, with the weeks it counts: "6 months
/// (about 26 weeks full-time or self-paced)", or for a rough guide "No
/// published length: about 7 months (30 weeks) is a rough guide to the
/// effort".
pub fn course_length_in_full(course: &crate::model::Course) -> String {
    let (length, w) = (weeks(course.duration_weeks), course.duration_weeks);
    if course.rough_length {
        format!("No published length: about {length} ({w} weeks) is a rough guide to the effort")
    } else {
        format!("{length} (about {w} weeks full-time or self-paced)")
    }
}

pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Month 1–12 to its name; anything else to "?".
pub fn month_name(m: u8) -> &'static str {
    MONTH_NAMES
        .get(usize::from(m).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// "2026-11-22" → "22 November 2026"; other text is returned as given.
pub fn iso_date(date: &str) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => match (m.parse::<u8>(), d.parse::<u8>()) {
            (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", month_name(m)),
            _ => date.to_string(),
        },
        _ => date.to_string(),
    }
}

/// A local date and time as a visitor reads it, e.g. "1 December 2026,
/// 5:04 pm" (month 1–12, hour 0–23). Written out here rather than by the
/// browser's `Intl`, whose first use costs a long task during start-up.
pub fn date_time(year: i32, month: u8, day: u8, hour: u8, minute: u8) -> String {
    let (clock_hour, half) = match hour {
        0 => (12, "am"),
        1..=11 => (hour, "am"),
        12 => (12, "pm"),
        _ => (hour - 12, "pm"),
    };
    format!(
        "{day} {} {year}, {clock_hour}:{minute:02} {half}",
        month_name(month)
    )
}

/// A role title as it reads mid-sentence: "Back-end web developer" →
/// "back-end web developer", while "DevOps engineer" and "API developer"
/// keep their capitals.
pub fn in_sentence(title: &str) -> String {
    let first_word = title.split([' ', '-']).next().unwrap_or("");
    let keeps_capitals = first_word.chars().skip(1).any(char::is_uppercase);
    let mut chars = title.chars();
    match chars.next() {
        Some(c) if !keeps_capitals => c.to_lowercase().chain(chars).collect(),
        _ => title.to_string(),
    }
}

/// The finder's opening count: "90 courses from universities, TAFEs,
/// colleges and online providers", or, when every course comes from one
/// provider (a university's own catalogue, or a view embedded for one),
/// "1 course from RMIT University".
pub fn finder_intro(cat: &Catalogue) -> String {
    let courses = count(cat.courses.len(), "course", "courses");
    let only_provider = cat.courses.first().and_then(|first| {
        cat.courses
            .iter()
            .all(|c| c.provider == first.provider)
            .then(|| cat.provider(&first.provider))
            .flatten()
    });
    match only_provider {
        Some(provider) => format!("{courses} from {}.", provider.name),
        None => format!("{courses} from universities, TAFEs, colleges and online providers."),
    }
}

/// The title mid-sentence with "a" or "an": "an API developer".
pub fn with_article(title: &str) -> String {
    let words = in_sentence(title);
    let article = match words.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u' | 'A' | 'E' | 'I' | 'O' | 'U') => "an",
        _ => "a",
    };
    format!("{article} {words}")
}

/// Where a course can be studied, as its card and page say: the states it
/// has a campus in, and "online" when it is taught online — "NSW, VIC",
/// "NSW or online", "Online, anywhere" — or, for a campus course whose
/// entry names no state, that the provider has the details.
pub fn study_places(course: &Course) -> String {
    let online = course.modes.contains(&StudyMode::Online);
    // Towns where the source names them, else only the states.
    let states = if course.campuses.is_empty() {
        course.states.join(", ")
    } else {
        crate::facts::campus_list(&course.campuses)
    };
    match (states.is_empty(), online) {
        (true, true) => "Online, anywhere".into(),
        (true, false) => "Campus not listed; check with provider".into(),
        (false, true) => format!("{states} or online"),
        (false, false) => states,
    }
}

/// Text made safe to put in HTML, as element content or a double-quoted
/// attribute value: `&`, `<`, `>` and `"` become character references.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            other => out.push(other),
        }
    }
    out
}

/// Items as a sentence lists them: "A", "A and B", "A, B and C".
pub fn and_list(items: &[&str]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => items.concat(),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_finder_intro_counts_rightly_and_names_a_single_provider() {
        let mut cat = crate::test_fixture();
        assert_eq!(finder_intro(&cat), "1 course from A University.");
        let mut other = cat.providers[0].clone();
        other.id = "tafe".into();
        cat.providers.push(other);
        let mut second = cat.courses[0].clone();
        second.provider = "tafe".into();
        cat.courses.push(second);
        assert_eq!(
            finder_intro(&cat),
            "2 courses from universities, TAFEs, colleges and online providers."
        );
        cat.courses.clear();
        assert_eq!(
            finder_intro(&cat),
            "0 courses from universities, TAFEs, colleges and online providers."
        );
    }

    use super::*;

    #[test]
    fn a_count_names_its_noun_and_groups_thousands() {
        assert_eq!(count(0, "course", "courses"), "0 courses");
        assert_eq!(count(1, "course", "courses"), "1 course");
        assert_eq!(count(999, "course", "courses"), "999 courses");
        assert_eq!(count(5_000, "course", "courses"), "5,000 courses");
        assert_eq!(count(50_000, "course", "courses"), "50,000 courses");
    }

    #[test]
    fn a_date_and_time_reads_on_a_twelve_hour_clock() {
        assert_eq!(date_time(2026, 12, 1, 17, 4), "1 December 2026, 5:04 pm");
        assert_eq!(date_time(2026, 1, 31, 0, 0), "31 January 2026, 12:00 am");
        assert_eq!(date_time(2026, 6, 9, 12, 30), "9 June 2026, 12:30 pm");
        assert_eq!(date_time(2026, 6, 9, 11, 59), "9 June 2026, 11:59 am");
    }

    #[test]
    fn percentages_have_at_most_one_decimal() {
        assert_eq!(percent(12.0), "12%");
        assert_eq!(percent(4.25), "4.3%");
        assert_eq!(percent(-0.5), "-0.5%");
        assert_eq!(percent(0.04), "0%");
        assert_eq!(percent(-100.0), "-100%");
        assert_eq!(months(18 + 12), "2.5 years");
    }

    #[test]
    fn money_groups_thousands_and_names_currency() {
        assert_eq!(money(0, "AUD"), "A$0");
        assert_eq!(money(999, "AUD"), "A$999");
        assert_eq!(money(100376, "USD"), "US$100,376");
        assert_eq!(money(1234567, "NZD"), "NZD 1,234,567");
        assert_eq!(money(1200, "GBP"), "£1,200");
        assert_eq!(money(1200, "EUR"), "€1,200");
        assert_eq!(money(1200, "SEK"), "SEK 1,200");
        assert_eq!(money(0, "NZD"), "NZD 0");
        assert_eq!(money_range(5, 5, "GBP"), "£5");
        assert_eq!(money_range(90000, 120000, "AUD"), "A$90,000–A$120,000");
    }

    fn a_fee(min: u32, max: Option<u32>) -> Fee {
        Fee {
            max,
            basis: None,
            ..Fee::whole_course(min, min, "AUD", "src")
        }
    }

    #[test]
    fn fees_say_what_they_are_and_never_guess() {
        assert_eq!(fee(None), "Check with provider");
        assert_eq!(fee(Some(&a_fee(0, Some(0)))), "Free");
        let mut range = a_fee(8000, Some(18540));
        assert_eq!(fee(Some(&range)), "A$8,000–A$18,540");
        range.basis = Some(FeeBasis::Total);
        range.year = Some(2026);
        range.funding = Some(Funding::FullFee);
        range.students = Some(Students::Domestic);
        assert_eq!(
            fee(Some(&range)),
            "A$8,000–A$18,540 for the course (2026, full fee, domestic students)"
        );
        range.note = Some("less with a subsidy".into());
        assert_eq!(
            fee(Some(&range)),
            "A$8,000–A$18,540 for the course (2026, full fee, domestic students; less with a subsidy)"
        );
        let mut per_year = a_fee(8944, Some(8944));
        per_year.basis = Some(FeeBasis::PerYear);
        per_year.funding = Some(Funding::Subsidised);
        assert_eq!(fee(Some(&per_year)), "A$8,944 a year (subsidised place)");
        let mut per_unit = a_fee(3397, Some(3397));
        per_unit.basis = Some(FeeBasis::PerUnit);
        per_unit.students = Some(Students::International);
        assert_eq!(
            fee(Some(&per_unit)),
            "A$3,397 a unit (international students)"
        );
        let mut from = a_fee(55200, None);
        from.basis = Some(FeeBasis::Total);
        from.year = Some(2023);
        assert_eq!(fee(Some(&from)), "From A$55,200 for the course (2023)");
        let mut free = a_fee(0, Some(0));
        free.year = Some(2024);
        free.note = Some("for eligible students".into());
        assert_eq!(fee(Some(&free)), "Free (2024; for eligible students)");
        // 0 up to something is a range, not free.
        assert_eq!(fee(Some(&a_fee(0, Some(10290)))), "A$0–A$10,290");
    }

    fn a_salary() -> Salary {
        Salary {
            region: "au".into(),
            seniority: crate::model::Seniority::All,
            min: 2208,
            max: 2208,
            per: PayPeriod::Week,
            currency: "AUD".into(),
            statistic: Some(Statistic::Median),
            pay: Some(PayKind::Total),
            basis: Some(HoursBasis::FullTime),
            surveyed: Some("full-time non-managerial employees".into()),
            year: Some(2021),
            source: "src".into(),
            note: None,
            headline: false,
        }
    }

    #[test]
    fn capitalise_upper_cases_only_the_first_letter() {
        assert_eq!(capitalise("a back-end developer"), "A back-end developer");
        assert_eq!(capitalise("éa"), "Éa");
        assert_eq!(capitalise(""), "");
    }

    #[test]
    fn salaries_say_what_they_measure() {
        let mut s = a_salary();
        assert_eq!(salary_amount(&s), "A$114,816 (A$2,208 a week × 52)");
        assert_eq!(
            salary_measure(&s),
            "Median total pay, full-time; full-time non-managerial employees"
        );
        assert_eq!(salary_year(&s), "2021");
        s.per = PayPeriod::Year;
        (s.min, s.max) = (120000, 170000);
        s.statistic = Some(Statistic::Range);
        s.pay = None;
        s.basis = None;
        s.surveyed = None;
        s.year = None;
        assert_eq!(salary_amount(&s), "A$120,000–A$170,000");
        assert_eq!(salary_measure(&s), "Range of pay");
        assert_eq!(salary_year(&s), "year not stated");
        s.statistic = None;
        s.basis = Some(HoursBasis::All);
        assert_eq!(
            salary_measure(&s),
            "Pay (kind of figure not stated), full- and part-time"
        );
        s.statistic = Some(Statistic::Mean);
        s.pay = Some(PayKind::Base);
        assert_eq!(salary_measure(&s), "Average base pay, full- and part-time");
    }

    #[test]
    fn a_currency_on_its_own_is_its_symbol_or_else_its_code() {
        for (code, label) in [
            ("AUD", "A$"),
            ("USD", "US$"),
            ("GBP", "£"),
            ("EUR", "€"),
            ("NZD", "NZD"),
            ("SEK", "SEK"),
        ] {
            assert_eq!(currency_label(code), label, "{code}");
        }
    }

    #[test]
    fn study_places_name_states_and_online() {
        let mut course = crate::test_fixture().courses[0].clone();
        course.modes = vec![StudyMode::OnCampus];
        course.states = vec!["NSW".into(), "VIC".into()];
        assert_eq!(study_places(&course), "NSW, VIC");
        course.modes.push(StudyMode::Online);
        assert_eq!(study_places(&course), "NSW, VIC or online");
        course.states.clear();
        assert_eq!(study_places(&course), "Online, anywhere");
        course.modes = vec![StudyMode::Blended];
        assert_eq!(
            study_places(&course),
            "Campus not listed; check with provider"
        );
    }

    #[test]
    fn html_escaping_covers_content_and_attributes() {
        assert_eq!(
            escape_html(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry's&lt;/a&gt;"
        );
        assert_eq!(escape_html("plain — text"), "plain — text");
        assert_eq!(escape_html("&amp;"), "&amp;amp;");
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(months(1), "1 month");
        assert_eq!(months(6), "6 months");
        assert_eq!(months(36), "3 years");
        assert_eq!(months(18), "18 months");
        assert_eq!(months(30), "2.5 years");
        assert_eq!(month_range(3, 6), "3–6 months");
        assert_eq!(month_range(36, 48), "3–4 years");
        assert_eq!(month_range(12, 36), "12 months to 3 years");
        assert_eq!(weeks(8), "8 weeks");
        assert_eq!(weeks(26), "6 months");
        assert_eq!(weeks(156), "3 years");
    }

    #[test]
    fn dates_and_months() {
        assert_eq!(month_name(2), "February");
        assert_eq!(month_name(0), "?");
        assert_eq!(month_name(13), "?");
        assert_eq!(iso_date("2026-11-22"), "22 November 2026");
        assert_eq!(iso_date("soon"), "soon");
    }

    #[test]
    fn titles_read_naturally_mid_sentence() {
        assert_eq!(
            in_sentence("Back-end web developer"),
            "back-end web developer"
        );
        assert_eq!(in_sentence("DevOps engineer"), "DevOps engineer");
        assert_eq!(in_sentence("API developer"), "API developer");
        assert_eq!(with_article("API developer"), "an API developer");
        assert_eq!(with_article("Back-end engineer"), "a back-end engineer");
        assert_eq!(
            with_article("Database administrator"),
            "a database administrator"
        );
        assert_eq!(in_sentence(""), "");
    }

    #[test]
    fn long_study_times_read_in_years() {
        assert_eq!(study_time(12), "12 weeks");
        assert_eq!(study_time(104), "2 years");
        assert_eq!(study_time(1148), "22 years");
        assert_eq!(study_time(130), "2.5 years");
        assert!(study_time(u32::MAX).ends_with(" years"), "no overflow");
    }

    #[test]
    fn a_rough_length_says_so() {
        let mut course = crate::roadmap::testing::catalogue().courses[0].clone();
        course.duration_weeks = 30;
        assert_eq!(course_length(&course), "7 months");
        assert_eq!(
            course_length_in_full(&course),
            "7 months (about 30 weeks full-time or self-paced)"
        );
        course.rough_length = true;
        assert_eq!(course_length(&course), "about 7 months (a rough guide)");
        assert_eq!(
            course_length_in_full(&course),
            "No published length: about 7 months (30 weeks) is a rough guide to the effort"
        );
    }

    #[test]
    fn lists_read_as_sentences() {
        assert_eq!(and_list(&[]), "");
        assert_eq!(and_list(&["Java"]), "Java");
        assert_eq!(and_list(&["Java", "SQL"]), "Java and SQL");
        assert_eq!(and_list(&["Java", "SQL", "Git"]), "Java, SQL and Git");
    }
}
