//! Text folding for search: what counts as the same word.

/// Folds text for matching: lower case, common accents removed, anything
/// that is not a letter or digit treated as a word break.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let base = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
            'ç' | 'č' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ē' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
            'ý' | 'ÿ' => 'y',
            'ß' => 's',
            c if c.is_alphanumeric() => c,
            // "C#" and "C++" keep their meaning as words.
            '#' => '#',
            '+' => '+',
            _ => ' ',
        };
        out.push(base);
    }
    out
}

/// The words of a text, normalised; lone symbols are dropped.
pub(super) fn words(text: &str) -> Vec<String> {
    normalise(text)
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_ignores_case_accents_and_punctuation() {
        assert_eq!(normalise("Café, Résumé!"), "cafe  resume ");
        assert_eq!(
            words("C# and C++; node.js"),
            vec!["c#", "and", "c++", "node", "js"]
        );
    }

    #[test]
    fn right_to_left_and_emoji_text_folds_without_loss() {
        assert_eq!(words("برمجة الويب"), vec!["برمجة", "الويب"]);
        assert_eq!(words("פיתוח 🚀 אתרים"), vec!["פיתוח", "אתרים"]);
    }
}
