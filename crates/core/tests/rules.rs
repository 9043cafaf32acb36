//! Every rule name the engine can write is documented: `saywho_core::RULES`
//! lists them, `Quote::rule` is checked against it (a debug assertion), and
//! here each must have a row in the README's table of attribution frames.

use saywho_core::RULES;

const README: &str = include_str!("../../../README.md");

/// The rule names in the first column of the README's frame table.
fn documented() -> Vec<&'static str> {
    let table = README
        .split("### Attribution frames (rule names)")
        .nth(1)
        .expect("README has the attribution frames table");
    table
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .filter_map(|l| l.split(" | ").next())
        .flat_map(|first| first.split('`').skip(1).step_by(2))
        .collect()
}

#[test]
fn every_rule_has_a_row_in_the_readme() {
    let documented = documented();
    for rule in RULES {
        assert!(
            documented.contains(rule),
            "rule {rule:?} has no row in the README's frame table"
        );
    }
}

#[test]
fn every_readme_row_is_a_rule() {
    for rule in documented() {
        assert!(
            RULES.contains(&rule),
            "the README documents {rule:?}, which is not in saywho_core::RULES"
        );
    }
}

#[test]
fn rule_names_are_unique_kebab_case() {
    let mut seen = std::collections::HashSet::new();
    for rule in RULES {
        assert!(seen.insert(rule), "{rule:?} listed twice");
        assert!(
            !rule.is_empty()
                && rule.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !rule.starts_with('-')
                && !rule.ends_with('-'),
            "{rule:?} is not kebab-case"
        );
    }
}
