//! The catalogue's data model: what `data/catalogue.json` holds.
//!
//! Every type mirrors the published format (`docs/catalogue.md`,
//! `public/catalogue.schema.json`). Unknown fields are rejected so a typo in a
//! host's own catalogue is reported instead of silently ignored.

use serde::{Deserialize, Serialize};

pub use crate::facts::{Campus, Entry, EntryKind, PartTime, Place, StudentContribution};

/// The only catalogue format version this build understands.
pub const SCHEMA_VERSION: u32 = 2;

/// The older format version this build still reads, by migrating it
/// ([`crate::load`]): version 1 had `subsidised` where 2 has `places`.
pub const OLDEST_SCHEMA_VERSION: u32 = 1;

/// The whole catalogue, as parsed (not yet validated: see [`crate::validate`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Optional link to the JSON Schema, so editors can check the file.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub json_schema: Option<String>,
    pub schema_version: u32,
    pub meta: Meta,
    pub roles: Vec<Role>,
    pub skills: Vec<Skill>,
    pub providers: Vec<Provider>,
    pub courses: Vec<Course>,
    pub quiz: Vec<Question>,
    /// How study is paid for and what each way in leads to, for the
    /// ways-in page (absent: that page shows only the courses' figures).
    #[serde(default, skip_serializing_if = "crate::model::is_default")]
    pub ways_in: crate::ways_in::WaysIn,
}

/// True for a value equal to its type's default (skipped when written).
pub fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// Facts about the catalogue as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    /// The region the course list serves, e.g. "Australia".
    pub region: String,
    /// ISO 4217 code of course fees, e.g. "AUD".
    pub currency: String,
    /// ISO date (YYYY-MM-DD) the content was last checked.
    pub last_reviewed: String,
    /// Regions that salary figures are given for.
    pub regions: Vec<Region>,
    /// Every source that an entry cites, by id.
    pub sources: Vec<Source>,
    /// Where a visitor can report a mistake in the catalogue: the host's
    /// contact or feedback page (an absolute http(s) address). Without one,
    /// the About page tells visitors what to include and to use the
    /// publishing organisation's own contact details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_url: Option<String>,
    /// The student contribution a Commonwealth supported place costs per
    /// full-time year in the courses' field; `null` when not published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub student_contribution: Option<StudentContribution>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub name: String,
    /// ISO 4217 code of the salary figures for this region.
    pub currency: String,
}

/// A published source a fact is taken from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    /// Year the cited figure or text was published or observed.
    pub year: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// True when the source states no date of its own, so `year` is only
    /// when it was read: the audit lists such sources, since their age
    /// cannot be judged.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub undated: bool,
}

/// How well a role needs a skill, or how well a visitor rates their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    None,
    Basic,
    Working,
    Strong,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::None, Level::Basic, Level::Working, Level::Strong];

    pub fn label(self) -> &'static str {
        match self {
            Level::None => "None",
            Level::Basic => "Basic",
            Level::Working => "Working",
            Level::Strong => "Strong",
        }
    }

    /// What choosing this level as a self-rating means, in the visitor's
    /// words.
    pub fn hint(self) -> &'static str {
        match self {
            Level::None => "I haven't used it",
            Level::Basic => "I've tried it or followed a tutorial",
            Level::Working => "I've built something real with it",
            Level::Strong => "I could teach it or use it at work",
        }
    }

    /// 0 (none) to 3 (strong), for arithmetic in scoring and comparison.
    pub fn rank(self) -> u8 {
        self as u8
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum SkillCategory {
    Language,
    Framework,
    Database,
    Infrastructure,
    Api,
    Security,
    DevopsCloud,
    Tool,
    Concept,
    Professional,
}

impl SkillCategory {
    /// Display order: the order a guide lists its skill groups in.
    pub const ALL: [SkillCategory; 10] = [
        SkillCategory::Language,
        SkillCategory::Framework,
        SkillCategory::Database,
        SkillCategory::Infrastructure,
        SkillCategory::Api,
        SkillCategory::Security,
        SkillCategory::DevopsCloud,
        SkillCategory::Tool,
        SkillCategory::Concept,
        SkillCategory::Professional,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SkillCategory::Language => "Languages",
            SkillCategory::Framework => "Frameworks",
            SkillCategory::Database => "Databases",
            SkillCategory::Infrastructure => "Servers and infrastructure",
            SkillCategory::Api => "APIs",
            SkillCategory::Security => "Security",
            SkillCategory::DevopsCloud => "DevOps and cloud",
            SkillCategory::Tool => "Tools",
            SkillCategory::Concept => "Concepts",
            SkillCategory::Professional => "Professional skills",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Skill {
    pub id: String,
    pub name: String,
    pub category: SkillCategory,
    pub description: String,
    /// Ids of the skills best learnt before this one. The validator rejects
    /// unknown ids and cycles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prerequisites: Vec<String>,
}

/// One stage of a role's learning roadmap: skills learnt together, in the
/// order the stages are listed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// A slug, unique within the role, e.g. `how-the-web-works`.
    pub id: String,
    pub title: String,
    /// One or two sentences: why this stage comes here.
    pub why: String,
    pub skills: Vec<StageSkill>,
}

/// A skill on a roadmap stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StageSkill {
    pub skill: String,
    /// Worth knowing but not needed for the role (not one of its `skills`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
}

/// A skill a role needs, and how well.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RoleSkill {
    pub skill: String,
    pub level: Level,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Seniority {
    Entry,
    Mid,
    Senior,
    /// A figure across all levels (e.g. a national median).
    All,
}

impl Seniority {
    pub fn label(self) -> &'static str {
        match self {
            Seniority::Entry => "Entry level",
            Seniority::Mid => "Mid level",
            Seniority::Senior => "Senior",
            Seniority::All => "All levels",
        }
    }
}

/// A pay figure for one region and seniority, from one source, saying what
/// it measures. Fields a source does not state are `null`, never assumed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Salary {
    pub region: String,
    pub seniority: Seniority,
    /// The lowest figure, per `per`; a single figure has `min = max`.
    pub min: u32,
    pub max: u32,
    /// The period `min` and `max` are pay for: a year (the default) or a
    /// week, as the source gives them. Weekly figures are shown per year
    /// as 52 weeks, and say so.
    #[serde(default)]
    pub per: PayPeriod,
    /// ISO 4217 code of `min` and `max`; must be the region's currency.
    pub currency: String,
    /// What kind of figure it is: median, mean, range…; `null` when the
    /// source gives a figure without saying.
    pub statistic: Option<Statistic>,
    /// Base pay or total earnings; `null` when the source does not say.
    pub pay: Option<PayKind>,
    /// Whose hours: full-time workers only, or everyone; `null` when the
    /// source does not say.
    pub basis: Option<HoursBasis>,
    /// Who the figure describes or who was surveyed, in a few words, e.g.
    /// "full-time non-managerial employees".
    pub surveyed: Option<String>,
    /// The year the figure is for (e.g. the survey's year); `null` when the
    /// source gives no date for it. The source's own year is in `meta.sources`.
    pub year: Option<u16>,
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The one figure every page quotes for the role (at most one per
    /// role; see `guide::headline_salary`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub headline: bool,
}

impl Salary {
    /// `min` and `max` as pay for a year: weekly figures times 52.
    pub fn yearly(&self) -> (u32, u32) {
        match self.per {
            PayPeriod::Year => (self.min, self.max),
            PayPeriod::Week => (
                self.min.saturating_mul(WEEKS_PER_YEAR),
                self.max.saturating_mul(WEEKS_PER_YEAR),
            ),
        }
    }
}

/// Weeks a weekly pay figure is multiplied by to give a yearly one.
pub const WEEKS_PER_YEAR: u32 = 52;

/// The period a pay figure is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PayPeriod {
    #[default]
    Year,
    Week,
}

/// What kind of figure a salary is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Statistic {
    /// Half earn more, half less (`min = max`).
    Median,
    /// The average (`min = max`).
    Mean,
    /// A range the source gives, e.g. a salary guide's band for a role.
    Range,
    /// A band between two percentiles the source names (say which in `note`).
    PercentileBand,
    /// A figure the source calls typical, without a computed statistic.
    Typical,
}

/// Which pay a salary counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PayKind {
    /// Base salary or wage only.
    Base,
    /// Total earnings: base plus overtime, bonuses and allowances.
    Total,
}

/// Whose hours a salary covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum HoursBasis {
    /// Full-time workers only.
    FullTime,
    /// Full-time and part-time workers together.
    All,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Outlook {
    pub summary: String,
    /// Projected employment growth in percent over `period`, when a source gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub growth_percent: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PathKind {
    Degree,
    Vocational,
    Bootcamp,
    SelfTaught,
    Certificate,
}

/// One way into a role, with its time to job-ready in months.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EducationPath {
    pub kind: PathKind,
    pub title: String,
    pub description: String,
    pub months_min: u16,
    pub months_max: u16,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Certification {
    pub name: String,
    pub issuer: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Progression {
    /// Roles people commonly move into this one from.
    pub from: Vec<String>,
    /// Roles people commonly move on to.
    pub to: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProjectIdea {
    pub title: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Faq {
    pub question: String,
    pub answer: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: String,
    pub title: String,
    /// One or two sentences: what the role is.
    pub summary: String,
    /// Longer definition paragraphs.
    pub description: Vec<String>,
    pub tasks: Vec<String>,
    pub skills: Vec<RoleSkill>,
    pub salaries: Vec<Salary>,
    pub outlook: Outlook,
    pub education: Vec<EducationPath>,
    pub certifications: Vec<Certification>,
    pub employers: Vec<String>,
    pub progression: Progression,
    pub projects: Vec<ProjectIdea>,
    pub faq: Vec<Faq>,
    /// Ids of the sources this entry's facts come from.
    pub sources: Vec<String>,
    /// The order to learn the role's skills in. Empty: the app derives one
    /// from the skills' prerequisites (`roadmap::stages`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roadmap: Vec<Stage>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ProviderKind {
    University,
    Tafe,
    College,
    Online,
    Bootcamp,
}

impl ProviderKind {
    pub const ALL: [ProviderKind; 5] = [
        ProviderKind::University,
        ProviderKind::Tafe,
        ProviderKind::College,
        ProviderKind::Online,
        ProviderKind::Bootcamp,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ProviderKind::University => "University",
            ProviderKind::Tafe => "TAFE",
            ProviderKind::College => "College",
            ProviderKind::Online => "Online provider",
            ProviderKind::Bootcamp => "Bootcamp",
        }
    }

    /// The kind as a heading over several providers: "Universities".
    pub fn plural_label(self) -> &'static str {
        match self {
            ProviderKind::University => "Universities",
            ProviderKind::Tafe => "TAFEs",
            ProviderKind::College => "Colleges",
            ProviderKind::Online => "Online providers",
            ProviderKind::Bootcamp => "Bootcamps",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Provider {
    pub id: String,
    pub name: String,
    pub kind: ProviderKind,
    pub url: String,
    /// Australian states or territories with a campus (empty for online-only).
    pub states: Vec<String>,
    /// What the provider is, in a sentence or two, saying only what its
    /// source states.
    pub description: String,
    /// The source id for the provider's name, kind, campuses and
    /// description; its year is the `year` of that `meta.sources` entry.
    pub source: String,
    /// ISO date (YYYY-MM-DD) the provider's facts were last checked against
    /// its source; not after `meta.last_reviewed`.
    pub checked: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum StudyMode {
    Online,
    OnCampus,
    Blended,
}

impl StudyMode {
    pub const ALL: [StudyMode; 3] = [StudyMode::Online, StudyMode::OnCampus, StudyMode::Blended];

    pub fn label(self) -> &'static str {
        match self {
            StudyMode::Online => "Online",
            StudyMode::OnCampus => "On campus",
            StudyMode::Blended => "Blended",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum QualificationLevel {
    ShortCourse,
    ProfessionalCertificate,
    Bootcamp,
    CertificateIv,
    Diploma,
    AdvancedDiploma,
    AssociateDegree,
    Bachelor,
    GraduateCertificate,
    GraduateDiploma,
    Master,
}

impl QualificationLevel {
    pub const ALL: [QualificationLevel; 11] = [
        QualificationLevel::ShortCourse,
        QualificationLevel::ProfessionalCertificate,
        QualificationLevel::Bootcamp,
        QualificationLevel::CertificateIv,
        QualificationLevel::Diploma,
        QualificationLevel::AdvancedDiploma,
        QualificationLevel::AssociateDegree,
        QualificationLevel::Bachelor,
        QualificationLevel::GraduateCertificate,
        QualificationLevel::GraduateDiploma,
        QualificationLevel::Master,
    ];

    pub fn label(self) -> &'static str {
        match self {
            QualificationLevel::ShortCourse => "Short course",
            QualificationLevel::ProfessionalCertificate => "Professional certificate",
            QualificationLevel::Bootcamp => "Bootcamp",
            QualificationLevel::CertificateIv => "Certificate IV",
            QualificationLevel::Diploma => "Diploma",
            QualificationLevel::AdvancedDiploma => "Advanced Diploma",
            QualificationLevel::AssociateDegree => "Associate Degree",
            QualificationLevel::Bachelor => "Bachelor degree",
            QualificationLevel::GraduateCertificate => "Graduate Certificate",
            QualificationLevel::GraduateDiploma => "Graduate Diploma",
            QualificationLevel::Master => "Master's degree",
        }
    }
}

/// A course fee as a public source states it: a range, what it covers,
/// which students and places it is for, and the year it applies to. An
/// unknown fee is `null` in the catalogue (`Course::fee` is `None`), never a
/// guess; so is each field here that the source does not state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Fee {
    /// The lowest published figure in `currency`; 0 with `max` 0 means free.
    pub min: u32,
    /// The highest published figure; equal to `min` for a single figure,
    /// `null` when the source gives only a "from" price.
    pub max: Option<u32>,
    pub currency: String,
    /// What the figure pays for: the whole course, a year or a unit.
    pub basis: Option<FeeBasis>,
    /// Which kind of place it is the price of: full fee or subsidised.
    pub funding: Option<Funding>,
    /// Which students it is for.
    pub students: Option<Students>,
    /// The year the fee applies to.
    pub year: Option<u16>,
    /// The source id the fee comes from (often the course's own source).
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Fee {
    /// A fee for the whole course from `min` to `max` in `currency`, from
    /// source `source`, saying nothing else (synthetic catalogues, tests).
    pub fn whole_course(min: u32, max: u32, currency: &str, source: &str) -> Fee {
        Fee {
            min,
            max: Some(max),
            currency: currency.to_string(),
            basis: Some(FeeBasis::Total),
            funding: None,
            students: None,
            year: None,
            source: source.to_string(),
            note: None,
        }
    }

    /// Free: a published fee of 0 with nothing above it.
    pub fn is_free(&self) -> bool {
        self.min == 0 && self.max == Some(0)
    }

    /// True when the figures are for the whole course (or it is free), so
    /// they can be compared with another course's.
    pub fn is_whole_course(&self) -> bool {
        self.is_free() || self.basis == Some(FeeBasis::Total)
    }
}

impl Course {
    /// The fee that fee limits, cost orders and plan totals compare: the
    /// lowest published figure of a whole-course fee in `currency`; free
    /// counts in any currency. A fee per year or per unit, one that does
    /// not say what it covers, or one in another currency is not a course
    /// total in `currency`, so it is `None` — unknown, never guessed at.
    pub fn comparable_fee(&self, currency: &str) -> Option<u32> {
        self.fee
            .as_ref()
            .filter(|f| f.is_free() || (f.is_whole_course() && f.currency == currency))
            .map(|f| f.min)
    }
}

/// What a fee figure pays for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FeeBasis {
    /// The whole course.
    Total,
    /// One year of full-time study.
    PerYear,
    /// One unit (subject).
    PerUnit,
}

/// Which kind of place a fee is the price of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Funding {
    /// No government subsidy applied.
    FullFee,
    /// A government-subsidised place (e.g. a Commonwealth supported or
    /// state-funded place), for students who are eligible.
    Subsidised,
    /// A Fee-Free TAFE place, for eligible students.
    FeeFree,
}

/// Which students a fee is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Students {
    Domestic,
    International,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Course {
    pub id: String,
    pub title: String,
    pub provider: String,
    pub level: QualificationLevel,
    pub modes: Vec<StudyMode>,
    /// Full-time (or self-paced typical) duration in weeks.
    pub duration_weeks: u16,
    /// True when the provider publishes no length, so `duration_weeks` is
    /// only this catalogue's rough guide to the effort (shown as such).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rough_length: bool,
    /// The fee a domestic student pays, as published (`null`: not
    /// published); an international fee goes in `international_fee`.
    pub fee: Option<Fee>,
    /// The fee an international student pays, as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub international_fee: Option<Fee>,
    /// The kinds of place a domestic student can take, as the source states
    /// them (empty: not published); one rule per kind ([`Place`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<Place>,
    /// States or territories it can be studied in on campus (empty: online only).
    pub states: Vec<String>,
    /// The towns or suburbs it is taught in on campus (empty: not published
    /// or online only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub campuses: Vec<Campus>,
    /// Whether it runs part-time (`null`: not published).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_time: Option<PartTime>,
    /// Who gets in (`null`: not published).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<Entry>,
    /// Intake months, 1 (January) to 12; empty means "any time".
    pub intakes: Vec<u8>,
    pub skills: Vec<String>,
    pub roles: Vec<String>,
    pub url: String,
    pub description: String,
    /// The source id for the course facts; its year is the `year` of that
    /// `meta.sources` entry.
    pub source: String,
    /// ISO date (YYYY-MM-DD) the course's facts were last checked against a
    /// source; not after `meta.last_reviewed`.
    pub checked: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// What the visitor enjoys; each option weighs roles up or down.
    Interest,
    /// "How well do you know X?", answered none / basic / working / strong.
    SelfRating,
    /// A short check of back-end basics with one right answer.
    Knowledge,
}

/// How much choosing an option counts towards a role (-3 to 3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RoleWeight {
    pub role: String,
    pub weight: i8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuizOption {
    pub id: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weights: Vec<RoleWeight>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub prompt: String,
    /// Interest and knowledge questions: the choices. Self-rating: empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<QuizOption>,
    /// Self-rating and knowledge questions: the skill asked about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill: Option<String>,
    /// Knowledge questions: the id of the right option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    /// Knowledge questions: why the answer is right.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
}

/// The catalogue name of a model enum value (`"on-campus"`,
/// `"certificate-iv"`), which is also its id in links and in storage, so
/// no other code retypes what the model already names.
pub fn catalogue_name(value: impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// The model enum value whose catalogue name is `name`.
pub fn from_catalogue_name<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name.to_string())).ok()
}

impl Catalogue {
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.skills.iter().find(|s| s.id == id)
    }

    pub fn provider(&self, id: &str) -> Option<&Provider> {
        self.providers.iter().find(|p| p.id == id)
    }

    pub fn course(&self, id: &str) -> Option<&Course> {
        self.courses.iter().find(|c| c.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.meta.sources.iter().find(|s| s.id == id)
    }

    pub fn region(&self, id: &str) -> Option<&Region> {
        self.meta.regions.iter().find(|r| r.id == id)
    }

    /// The providers by kind, in [`ProviderKind::ALL`]'s order, each kind's
    /// by name; kinds with none are left out.
    pub fn providers_by_kind(&self) -> Vec<(ProviderKind, Vec<&Provider>)> {
        ProviderKind::ALL
            .iter()
            .filter_map(|&kind| {
                let mut providers: Vec<&Provider> =
                    self.providers.iter().filter(|p| p.kind == kind).collect();
                crate::order::sort_by(&mut providers, |a, b| a.name.cmp(&b.name));
                (!providers.is_empty()).then_some((kind, providers))
            })
            .collect()
    }

    /// The courses of provider `id`, in catalogue order.
    pub fn courses_of(&self, provider: &str) -> impl Iterator<Item = &Course> + '_ {
        let provider = provider.to_string();
        self.courses.iter().filter(move |c| c.provider == provider)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn providers_come_by_kind_then_name_with_their_courses() {
        let mut cat = crate::test_fixture();
        let mut second = cat.providers[0].clone();
        second.id = "aaa".into();
        second.name = "0 first by name".into();
        cat.providers.push(second);
        let groups = cat.providers_by_kind();
        let kinds: Vec<ProviderKind> = groups.iter().map(|(k, _)| *k).collect();
        let mut in_order = kinds.clone();
        in_order.sort_by_key(|k| ProviderKind::ALL.iter().position(|x| x == k));
        assert_eq!(kinds, in_order, "in ProviderKind::ALL's order");
        let (_, same_kind) = groups
            .iter()
            .find(|(k, _)| *k == cat.providers[0].kind)
            .unwrap();
        assert_eq!(same_kind[0].name, "0 first by name");
        let id = cat.courses[0].provider.clone();
        assert!(cat.courses_of(&id).all(|c| c.provider == id));
        assert_eq!(
            cat.courses_of(&id).count(),
            cat.courses.iter().filter(|c| c.provider == id).count()
        );
        assert_eq!(cat.courses_of("aaa").count(), 0);
    }

    #[test]
    fn every_kind_and_level_has_its_words() {
        assert_eq!(ProviderKind::Tafe.plural_label(), "TAFEs");
        let plurals: std::collections::HashSet<&str> =
            ProviderKind::ALL.iter().map(|k| k.plural_label()).collect();
        assert_eq!(plurals.len(), ProviderKind::ALL.len());
        assert_eq!(Level::None.hint(), "I haven't used it");
        let hints: std::collections::HashSet<&str> = Level::ALL.iter().map(|l| l.hint()).collect();
        assert_eq!(hints.len(), Level::ALL.len());
    }
}
