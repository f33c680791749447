//! The visitor's progress: a status per skill id, kept in local storage and
//! exported as a file (the same versioned JSON), and carried compactly in a
//! share link.
//!
//! Progress is per skill, not per role, so what is learnt on one roadmap
//! shows on every other that has the skill. Ids the catalogue does not know
//! are kept (another catalogue may know them); views simply never look them up.
//!
//! Share link value (`?progress=`): groups joined by `~`, each a status
//! letter, `_`, then skill ids joined by `.`: `d_http.sql~l_git~s_css`
//! (`d` done, `l` learning, `s` skipped). Skill ids are slugs, so the value
//! needs no percent-encoding.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::Catalogue;
use crate::note::Note;
use crate::stored::{self, Decoded, StoredError};
use crate::validate::is_slug;

/// Where a skill stands for the visitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Status {
    /// Not begun (never stored).
    #[default]
    NotStarted,
    /// Being learnt now.
    Learning,
    /// Learnt.
    Done,
    /// Deliberately passed over (known already, or not wanted): counts as
    /// resolved for what comes next, but not as learnt.
    Skipped,
}

impl Status {
    /// Every status, in the order a picker offers them.
    pub const ALL: [Status; 4] = [
        Status::NotStarted,
        Status::Learning,
        Status::Done,
        Status::Skipped,
    ];

    /// The stored name: `not-started`, `learning`, `done`, `skipped`.
    pub fn name(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::Learning => "learning",
            Status::Done => "done",
            Status::Skipped => "skipped",
        }
    }

    /// The status called `name` (exactly as [`Status::name`] writes it).
    pub fn from_name(name: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.name() == name)
    }

    /// What a visitor reads: "Not started", "Learning", "Done", "Skipped".
    pub fn label(self) -> &'static str {
        match self {
            Status::NotStarted => "Not started",
            Status::Learning => "Learning",
            Status::Done => "Done",
            Status::Skipped => "Skipped",
        }
    }

    /// Done or skipped: nothing more to do before what builds on it.
    pub fn resolved(self) -> bool {
        matches!(self, Status::Done | Status::Skipped)
    }

    /// The letter of a share-link group; `None` for not started (never shared).
    fn letter(self) -> Option<char> {
        match self {
            Status::NotStarted => None,
            Status::Learning => Some('l'),
            Status::Done => Some('d'),
            Status::Skipped => Some('s'),
        }
    }
}

/// The current version of the stored and exported progress format.
const VERSION: u32 = 1;

/// Why stored or imported progress could not be read.
pub type ProgressError = StoredError;

/// A status per skill id. Not started is never stored, so an empty
/// `Progress` is "nothing begun", and only slug ids are kept (as every
/// catalogue id is), which keeps every value encodable in a link.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    skills: BTreeMap<String, Status>,
}

/// The stored form's fields besides `format` and `version`.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    skills: BTreeMap<String, String>,
}

impl Progress {
    /// The localStorage key progress is kept under.
    pub const STORAGE_KEY: &'static str = "career-guide.progress";

    /// `skill`'s status; not started when absent.
    pub fn status(&self, skill: &str) -> Status {
        self.skills.get(skill).copied().unwrap_or_default()
    }

    /// Sets `skill`'s status (not started removes it). An id that is not a
    /// slug cannot be a catalogue skill and is ignored.
    pub fn set(&mut self, skill: &str, status: Status) {
        if status == Status::NotStarted {
            self.skills.remove(skill);
        } else if is_slug(skill) {
            self.skills.insert(skill.to_string(), status);
        }
    }

    /// "12 skills marked: 8 done, 3 learning, 1 skipped", for an offer to
    /// take progress over.
    pub fn summary_text(&self) -> String {
        let count = |status| self.skills.values().filter(|s| **s == status).count();
        format!(
            "{} skills marked: {} done, {} learning, {} skipped",
            self.skills.len(),
            count(Status::Done),
            count(Status::Learning),
            count(Status::Skipped)
        )
    }

    /// A copy with `skill` set to `status`.
    pub fn with(&self, skill: &str, status: Status) -> Progress {
        let mut next = self.clone();
        next.set(skill, status);
        next
    }

    /// True when no skill has been started.
    pub fn is_empty(&self) -> bool {
        self.skills.is_empty()
    }

    /// How many skills have a status other than not started.
    pub fn len(&self) -> usize {
        self.skills.len()
    }

    /// Every stored skill id with its status, by id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Status)> + '_ {
        self.skills.iter().map(|(id, s)| (id.as_str(), *s))
    }

    /// The stored and exported form:
    /// `{"format":"career-guide-progress","version":1,"skills":{"sql":"done"}}`.
    pub fn encode(&self) -> String {
        // Inserted one by one: collecting into a map sorts first, with a
        // copy of the sort of its own (see `crate::order`).
        let mut skills = BTreeMap::new();
        skills.extend(
            self.iter()
                .map(|(id, s)| (id.to_string(), s.name().to_string())),
        );
        stored::encode("progress", VERSION, &Stored { skills })
    }

    /// Reads [`Progress::encode`]'s form. Unknown skill ids are kept; an
    /// unknown status name, a non-slug id or any other shape is `Corrupt`,
    /// a newer format `FutureVersion`.
    pub fn decode(text: &str) -> Result<Progress, ProgressError> {
        let stored: Stored = stored::decode("progress", VERSION, text)?;
        let mut progress = Progress::default();
        for (id, name) in &stored.skills {
            let status = Status::from_name(name).ok_or(StoredError::Corrupt)?;
            if !is_slug(id) {
                return Err(StoredError::Corrupt);
            }
            progress.set(id, status);
        }
        Ok(progress)
    }

    /// The share link's value (see the module docs); empty for no progress.
    pub fn to_param(&self) -> String {
        let groups: Vec<String> = [Status::Done, Status::Learning, Status::Skipped]
            .into_iter()
            .filter_map(|status| {
                let ids: Vec<&str> = self
                    .iter()
                    .filter(|(_, s)| *s == status)
                    .map(|(id, _)| id)
                    .collect();
                let letter = status.letter()?;
                (!ids.is_empty()).then(|| format!("{letter}_{}", ids.join(".")))
            })
            .collect();
        groups.join("~")
    }

    /// Reads a share link's value against `cat`: skills it does not know and
    /// groups that are not in the form are dropped with a note; a skill
    /// listed twice keeps its last status. Never fails.
    pub fn from_param(value: &str, cat: &Catalogue) -> Decoded<Progress> {
        let mut progress = Progress::default();
        let mut unknown = Vec::new();
        let mut malformed = Vec::new();
        for group in value.trim().split('~').filter(|g| !g.is_empty()) {
            let status = group.split_once('_').and_then(|(letter, ids)| {
                let status = Status::ALL
                    .into_iter()
                    .find(|s| s.letter().is_some_and(|l| l.to_string() == letter))?;
                Some((status, ids))
            });
            let Some((status, ids)) = status else {
                malformed.push(group.to_string());
                continue;
            };
            for id in ids.split('.').filter(|id| !id.is_empty()) {
                if cat.skill(id).is_some() {
                    progress.set(id, status);
                } else {
                    unknown.push(id.to_string());
                }
            }
        }
        let notes = [
            Note::if_any(unknown, |ids| Note::UnknownSkills { ids }),
            Note::if_any(malformed, |parts| Note::UnrecognisedProgress { parts }),
        ];
        Decoded {
            value: progress,
            notes: notes.into_iter().flatten().collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_fixture as fixture;

    #[test]
    fn statuses_have_names_labels_and_resolution() {
        for s in Status::ALL {
            assert_eq!(Status::from_name(s.name()), Some(s));
            assert!(!s.label().is_empty());
        }
        assert_eq!(Status::from_name("Done"), None);
        assert_eq!(Status::Learning.name(), "learning");
        assert_eq!(Status::NotStarted.label(), "Not started");
        let resolved: Vec<Status> = Status::ALL.into_iter().filter(|s| s.resolved()).collect();
        assert_eq!(resolved, [Status::Done, Status::Skipped]);
    }

    #[test]
    fn not_started_is_never_stored_and_odd_ids_are_ignored() {
        let p = Progress::default()
            .with("sql", Status::Done)
            .with("css", Status::Learning);
        assert_eq!((p.len(), p.status("sql")), (2, Status::Done));
        assert_eq!(p.status("nope"), Status::NotStarted);
        let p = p.with("css", Status::NotStarted);
        assert_eq!(p.iter().collect::<Vec<_>>(), [("sql", Status::Done)]);
        assert_eq!(p.with("Not A Slug", Status::Done), p);
        assert!(Progress::default().is_empty());
    }

    #[test]
    fn stored_progress_round_trips_and_bad_values_say_why() {
        let p = Progress::default()
            .with("sql", Status::Done)
            .with("from-elsewhere", Status::Skipped);
        let text = p.encode();
        assert_eq!(
            text,
            r#"{"format":"career-guide-progress","version":1,"skills":{"from-elsewhere":"skipped","sql":"done"}}"#
        );
        assert_eq!(Progress::decode(&text), Ok(p));
        let with = |skills: &str| {
            Progress::decode(&format!(
                r#"{{"format":"career-guide-progress","version":1,"skills":{skills}}}"#
            ))
        };
        assert_eq!(with(r#"{"sql":"mastered"}"#), Err(StoredError::Corrupt));
        assert_eq!(with(r#"{"SQL!":"done"}"#), Err(StoredError::Corrupt));
        assert_eq!(with(r#"["sql"]"#), Err(StoredError::Corrupt));
        assert_eq!(with(r#"{"sql":"not-started"}"#), Ok(Progress::default()));
        assert_eq!(
            Progress::decode(
                r#"{"format":"career-guide-progress","version":3,"skills":{},"new":1}"#
            ),
            Err(StoredError::FutureVersion(3))
        );
        assert_eq!(
            Progress::decode(r#"{"format":"career-guide-plan","version":1,"skills":{}}"#),
            Err(StoredError::Corrupt)
        );
    }

    #[test]
    fn share_links_are_compact_and_forgiving() {
        let cat = fixture();
        let p = Progress::default()
            .with("sql", Status::Done)
            .with("css", Status::Done);
        assert_eq!(p.to_param(), "d_css.sql");
        let p = p.with("css", Status::Skipped);
        assert_eq!(p.to_param(), "d_sql~s_css");
        assert_eq!(Progress::from_param(&p.to_param(), &cat).value, p);
        assert_eq!(Progress::default().to_param(), "");
        let d = Progress::from_param("d_sql.dockr~x_css~nonsense~l_css~~", &cat);
        assert_eq!(
            d.value,
            Progress::default()
                .with("sql", Status::Done)
                .with("css", Status::Learning)
        );
        assert_eq!(
            d.notes,
            [
                Note::UnknownSkills {
                    ids: vec!["dockr".into()]
                },
                Note::UnrecognisedProgress {
                    parts: vec!["x_css".into(), "nonsense".into()]
                },
            ]
        );
        let twice = Progress::from_param("d_sql~l_sql", &cat);
        assert_eq!(
            twice.value.status("sql"),
            Status::Learning,
            "the last one counts"
        );
        assert!(Progress::from_param("", &cat).notes.is_empty());
    }

    #[test]
    fn the_summary_counts_each_status() {
        let progress = Progress::default()
            .with("sql", Status::Done)
            .with("http", Status::Done)
            .with("git", Status::Learning)
            .with("css", Status::Skipped);
        assert_eq!(
            progress.summary_text(),
            "4 skills marked: 2 done, 1 learning, 1 skipped"
        );
    }
}
