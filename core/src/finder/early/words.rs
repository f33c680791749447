//! The word tables of the early courses' file: which title words' first
//! pages of courses are early ([`TitleLeaders`]), and the most each word
//! scores in the later courses ([`LaterWords`]).

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::finder::index::{IN_TITLE, WHOLE_IN_TITLE, WHOLE_WORD_FACTOR};
use crate::finder::CourseIndex;

/// How many of a word's first characters [`LaterWords`] keeps it by
/// when more than [`LONGER_KEPT_WHOLE`] words start with them: few enough
/// that the file stays small whatever the catalogue's vocabulary (8 KB
/// with brotli at 50,000 generated courses, whose titles hold 50,000
/// numbers; 1 KB with 3), yet enough that a word no course has, such as
/// one misspelt in its first four letters, is seen to match nothing.
const KEY_CHARS: usize = 4;

/// Words, each with a number, kept as one text and a list of numbers,
/// which cost the app about 1 KB less code to read than a map.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct WordTable {
    /// The words, each followed by a space (no word has one), in order.
    words: String,
    /// Each word's number, in the same order.
    numbers: Vec<u32>,
}

impl WordTable {
    /// A table of `entries`, in the order given.
    pub(super) fn new(entries: impl IntoIterator<Item = (String, u32)>) -> WordTable {
        let (words, numbers): (Vec<String>, Vec<u32>) = entries.into_iter().unzip();
        WordTable {
            words: words.iter().map(|word| format!("{word} ")).collect(),
            numbers,
        }
    }

    /// Each word and its number.
    pub(super) fn entries(&self) -> impl Iterator<Item = (&str, u32)> {
        self.words
            .split_terminator(' ')
            .zip(self.numbers.iter().copied())
    }
}

/// Sets of at least a page of courses by what their titles have, each
/// with the position among the early courses of the last of the first page
/// of it in title order: any later course of the set comes after that.
/// A set's key, in order, is a word (the courses with it whole in their
/// titles), or a word's start and [`LONGER`] (the courses with a word that
/// starts with it in their titles).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub(super) struct TitleLeaders(pub(super) WordTable);

impl TitleLeaders {
    /// Whether every later course that scores `most` for query word `word`
    /// comes after the early course at `position` in title order: such a
    /// course is in a set this has (it has the word whole in its title if
    /// `most` is [`WHOLE_IN_TITLE`], a word that starts with it if
    /// [`IN_TITLE`]), whose first page reaches past `position`.
    pub(super) fn past(&self, word: &str, most: u32, position: u32) -> bool {
        let holds = |key: &str| match key.strip_suffix(LONGER) {
            Some(start) => start == word && (most == WHOLE_IN_TITLE || most == IN_TITLE),
            None => key == word && most == WHOLE_IN_TITLE,
        };
        (self.0.entries()).any(|(key, last)| holds(key) && position <= last)
    }
}

/// The weightiest field each word is in among the later courses, by its
/// key, in order: a word of at most [`KEY_CHARS`] characters is its own
/// key; the longer words that start with the same [`KEY_CHARS`] are kept
/// whole if they are at most [`LONGER_KEPT_WHOLE`], and otherwise by those
/// first characters and [`LONGER`], a key that stands for every longer word
/// that starts with them, with the weightiest field any of them is in. A
/// word none of them has is left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub(super) struct LaterWords(pub(super) WordTable);

impl LaterWords {
    /// The words of the courses `index` indexes, except those at the
    /// positions `early`.
    pub(super) fn new(index: &CourseIndex, early: &[u32]) -> LaterWords {
        let early: HashSet<u32> = early.iter().copied().collect();
        // By key, its words and the weightiest field each is in.
        let mut keys: BTreeMap<String, Vec<(&str, u32)>> = BTreeMap::new();
        for (word, weight) in index.word_weights(|c| !early.contains(&c)) {
            keys.entry(key(word))
                .or_default()
                .push((word, u32::from(weight)));
        }
        let mut kept = BTreeMap::new();
        for (key, words) in keys {
            // (A word of at most `KEY_CHARS` is its key's one word.)
            if words.len() <= LONGER_KEPT_WHOLE {
                kept.extend(
                    words
                        .into_iter()
                        .map(|(word, weight)| (word.to_string(), weight)),
                );
            } else {
                let most = words.iter().map(|&(_, weight)| weight).max();
                kept.insert(key, most.unwrap_or(0));
            }
        }
        LaterWords(WordTable::new(kept))
    }

    /// The most that query word `word` can add to a later course's score:
    /// its weightiest field, twice if a later word may be `word` whole; 0
    /// if no later course has a word that starts with it.
    pub(super) fn most(&self, word: &str) -> u32 {
        // How a key's words can match `word`: whole, or only as longer words.
        let factor = |key: &str| match key.strip_suffix(LONGER) {
            Some(start) if word.starts_with(start) && word.len() > start.len() => {
                Some(u32::from(WHOLE_WORD_FACTOR))
            }
            Some(start) => start.starts_with(word).then_some(1),
            None if key == word => Some(u32::from(WHOLE_WORD_FACTOR)),
            None => key.starts_with(word).then_some(1),
        };
        let most = (self.0.entries()).filter_map(|(key, weight)| Some(weight * factor(key)?));
        most.max().unwrap_or(0)
    }
}

/// How many longer words with the same first [`KEY_CHARS`] characters
/// [`LaterWords`] keeps whole rather than by those characters: enough for
/// a word and its forms ("bootcamp", "bootcamps"), so that its starts past
/// those characters ("bootc") are seen to be starts, not whole words, yet
/// few that the table stays within this many times its keys, whatever the
/// catalogue's vocabulary (numbers, say, are kept by their first digits).
const LONGER_KEPT_WHOLE: usize = 4;

/// What ends the key of words longer than [`KEY_CHARS`] characters (no
/// word has it).
pub(super) const LONGER: char = '+';

/// The key [`LaterWords`] keeps `word` by.
fn key(word: &str) -> String {
    let mut key: String = word.chars().take(KEY_CHARS).collect();
    if key.len() < word.len() {
        key.push(LONGER);
    }
    key
}
