//! Entities: speaker mentions clustered within one document, with pronoun,
//! surname and nominal resolution. When unsure, a speaker stays unresolved.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use aho_corasick::{AhoCorasick, MatchKind};
use memchr::memmem;

use crate::attribute::MAX_LOOKBACK;

use crate::attribute::{Attribution, Who};
use crate::boundary::words;
use crate::lexicon;
use crate::mention::{Gender, Mention, MentionKind};
use crate::{Entity, EntityKind, Quote, Resolution, Span, Speaker};

struct Cluster {
    entity: Entity,
    gender: Gender,
    /// A one-word name whose given names elsewhere in the text are not
    /// read yet ([`gender_from_first_name`], read when a pronoun asks).
    sex_unread: bool,
    /// Lowercased name words, for surname matching.
    name_words: Vec<String>,
}

/// Resolve speakers and build the entity table.
pub(crate) fn resolve(
    text: &str,
    paras: &[Span],
    attributions: Vec<Attribution>,
) -> (Vec<Quote>, Vec<Entity>) {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut index = Index::default();
    let mut speakers: Vec<Option<Speaker>> = Vec::with_capacity(attributions.len());
    // Resolve in the order mentions appear, so pronouns look back in text order.
    let mut order: Vec<usize> = (0..attributions.len()).collect();
    order.sort_by_key(|&i| match attributions[i].who {
        Who::Mention(m) => m.span.start(),
        _ => attributions[i].content.start(),
    });
    let mut resolved: Vec<Option<Speaker>> = vec![None; attributions.len()];
    // Most recent speaker entity, by position, for pronouns.
    let mut history: Vec<(usize, usize)> = Vec::new(); // (position, cluster)
    // Known speakers named again as a sentence's subject enter the history
    // at that point ("Clinton appeared to gain most. She skirted …").
    let quoted: Vec<Span> = attributions
        .iter()
        .filter(|a| a.kind != crate::QuoteKind::Indirect)
        .map(|a| a.content)
        .collect();
    let mut starts: Option<Vec<(usize, usize, Option<usize>)>> = None;
    let mut next_start = 0;
    let mut surname = String::new();
    for &i in &order {
        let a = &attributions[i];
        let at = match a.who {
            Who::Mention(m) => m.span.start(),
            _ => a.content.start(),
        };
        // Read only before a pronoun, the one mention that looks back.
        let pronoun = matches!(a.who, Who::Mention(m) if m.kind == MentionKind::Pronoun);
        let starts = match &starts {
            Some(s) => s.as_slice(),
            None if pronoun => starts.insert(sentence_starts(text, paras)).as_slice(),
            None => &[],
        };
        while pronoun
            && let Some(&(start, para_end, mark)) = starts.get(next_start)
            && start < at
        {
            next_start += 1;
            // Only a surname of one known speaker is read in full, and
            // only then is the mark before it checked ("Sen. Marco Rubio"
            // opens no sentence).
            let Some(word) = opening_surname(text, start, para_end) else {
                continue;
            };
            surname.clear();
            surname.extend(word.chars().map(|c| c.to_ascii_lowercase()));
            if let Some(&[e]) = index.surnames.get(surname.as_str()).map(Vec::as_slice)
                && !quoted.iter().any(|q| q.start() <= start && start < q.end())
                && mark
                    .is_none_or(|m| crate::boundary::sentence_end(text, m, para_end, &[]) <= start)
                && let Some(name_end) = subject_name_end(text, start, para_end, &surname)
                && name_end <= at
            {
                // Speakers after it may already be in the history.
                let k = history.partition_point(|&(p, _)| p <= name_end);
                if k == 0 || history[k - 1].1 != e {
                    history.insert(k, (name_end, e));
                }
            }
        }
        let sp = match a.who {
            Who::Nobody | Who::Continues(_) => None,
            Who::Mention(m) => Some(resolve_mention(
                text,
                m,
                &mut clusters,
                &mut index,
                &history,
            )),
        };
        // An antecedent found away from ", who" ("Trump, the nominee, who
        // …", "voters who …") is often a side mention: it does not become
        // the "he" of the next sentence.
        if let Some(s) = &sp
            && let Some(e) = s.entity
            && !matches!(a.who, Who::Mention(m) if m.antecedent.is_some())
        {
            history.push((s.mention.end(), e));
        }
        resolved[i] = sp;
    }
    // Continuations take their predecessor's speaker.
    for i in 0..attributions.len() {
        if let Who::Continues(prev) = attributions[i].who {
            let mut p = prev;
            let mut guard = 0;
            while let Who::Continues(pp) = attributions[p].who {
                p = pp;
                guard += 1;
                if guard > attributions.len() {
                    break;
                }
            }
            resolved[i] = resolved.get(p).cloned().flatten().map(|s| Speaker {
                resolution: Resolution::Continuation,
                ..s
            });
        }
    }
    speakers.extend(resolved);
    // Canonical names: the longest full name found in the text for each person.
    complete_names(text, paras, &mut clusters);
    let mut quotes = Vec::with_capacity(attributions.len());
    for (i, (a, s)) in attributions.into_iter().zip(speakers).enumerate() {
        let speaker = s.map(|mut s| {
            if let Some(e) = s.entity {
                let c = &mut clusters[e];
                s.name = c.entity.name.clone();
                // A possessor ("Florida’s Rick Wilson") gives way to a
                // title the person has elsewhere ("Republican consultant").
                if s.role.as_deref().is_none_or(|r| !has_role_word(r)) {
                    let titled = c.entity.roles.iter().find(|r| has_role_word(r));
                    s.role = titled
                        .or(s.role.as_ref())
                        .or(c.entity.roles.first())
                        .cloned();
                }
                c.entity.quotes.push(i);
            }
            s
        });
        debug_assert!(
            crate::analysis::RULES.contains(&a.rule),
            "rule {:?} is not in RULES (and the README table)",
            a.rule
        );
        quotes.push(Quote {
            kind: a.kind,
            rule: a.rule,
            confidence: a.confidence,
            content: a.content,
            parts: a.parts,
            cue: a.cue,
            speaker,
        });
    }
    let entities = clusters
        .into_iter()
        .map(|mut c| {
            c.entity
                .mentions
                .sort_by_key(|m| (m.start(), std::cmp::Reverse(m.end())));
            // Keep the longest of nested mentions ("spokesman Ned Price" over "Ned Price").
            let mut kept: Vec<Span> = Vec::with_capacity(c.entity.mentions.len());
            for m in c.entity.mentions.drain(..) {
                if kept.last().is_none_or(|k| !k.contains(m)) {
                    kept.push(m);
                }
            }
            c.entity.mentions = kept;
            c.entity.quotes.sort_unstable();
            c.entity
        })
        .collect();
    (quotes, entities)
}

fn lower_words(text: &str, span: Span) -> Vec<String> {
    words(text, span)
        .into_iter()
        .map(|w| w.text(text).to_lowercase())
        .filter(|w| {
            // Suffixes ("jr.", "iii") have at most three bytes: longer
            // words skip the parser.
            w != "and"
                && !(w.len() <= 3
                    && crate::grammar::mention::whole(w, crate::grammar::mention::suffix_lower))
        })
        .collect()
}

fn role_text(text: &str, m: &Mention) -> Option<String> {
    let r = m.role?.text(text).trim();
    let r = strip_det(r);
    (!r.is_empty()).then(|| r.to_string())
}

/// Whether a role holds a title or role noun ("spokesman", "Sen."), not
/// only a possessor or a place ("CNN", "Florida").
fn has_role_word(role: &str) -> bool {
    role.split([' ', '-'])
        .any(|w| lexicon::is_role(w) || lexicon::is_honorific(w))
}

fn strip_det(s: &str) -> &str {
    for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = s.strip_prefix(d) {
            return rest;
        }
    }
    s
}

/// Organisations named inside a role: "State Department spokesman" → "State Department".
fn organizations_in(role: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, out: &mut Vec<String>| {
        if run.iter().any(|w| lexicon::is_org_word(w)) && !run.iter().all(|w| lexicon::is_role(w)) {
            out.push(run.join(" "));
        }
        run.clear();
    };
    for w in role.split_whitespace() {
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        if cap && (!lexicon::is_role(w) || lexicon::is_org_word(w)) {
            run.push(w);
        } else {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// A new cluster for `m`, named `name`; `name_words` are the lowercased
/// words of the mention's name ([`lower_words`]), empty without one.
fn new_cluster(
    text: &str,
    m: &Mention,
    name: &str,
    name_words: Vec<String>,
    kind: EntityKind,
    clusters: &mut Vec<Cluster>,
) -> usize {
    clusters.push(Cluster {
        entity: Entity {
            name: name.to_string(),
            kind,
            roles: Vec::new(),
            organizations: Vec::new(),
            mentions: Vec::new(),
            quotes: Vec::new(),
        },
        gender: m.gender,
        sex_unread: m.gender == Gender::Unknown
            && kind != EntityKind::Organization
            && m.name.is_some_and(|n| !n.text(text).contains(' ')),
        name_words,
    });
    clusters.len() - 1
}

/// The sex the given names before a surname mark, for a person named by
/// the surname alone ("Lonegan" after "New Jersey's Steve Lonegan" earlier
/// in the text). Unknown when the text has no such name, names of both
/// sexes ("Hillary Clinton" and "Bill Clinton") or a name the lexicon does
/// not know.
fn gender_from_first_name(text: &str, surname: &str) -> Gender {
    if surname.contains(' ') || surname.len() < 2 {
        return Gender::Unknown;
    }
    let mut sexes = text
        .match_indices(surname)
        .filter(|&(at, _)| whole_word(text, at, at + surname.len()))
        .filter_map(|(at, _)| {
            let start = first_names_before(text, at);
            (start < at).then(|| lexicon::sex_of(text[start..at].split(' ').next()?))
        });
    // Every given name before the surname must be known and agree: "Liz
    // Cheney" beside "Dick Cheney" leaves "Cheney" unknown.
    match sexes.next() {
        Some(Some(first)) if sexes.all(|s| s == Some(first)) => Gender::from(first),
        _ => Gender::Unknown,
    }
}

/// Record the mention's role (`role`, its [`role_text`]) and gender on
/// the cluster.
fn add_role(role: Option<&String>, m: &Mention, c: &mut Cluster) {
    if let Some(role) = role
        && !c.entity.roles.contains(role)
    {
        for org in organizations_in(role) {
            if !c.entity.organizations.contains(&org) {
                c.entity.organizations.push(org);
            }
        }
        c.entity.roles.push(role.clone());
    }
    if c.gender == Gender::Unknown {
        c.gender = m.gender;
    }
}

/// Look-up tables over the clusters, so resolution stays linear.
#[derive(Default)]
struct Index {
    /// Last name word → person clusters with it.
    surnames: HashMap<String, Vec<usize>>,
    /// Lowercased name and kind → organisation or group cluster.
    keys: HashMap<(String, EntityKind), usize>,
}

fn resolve_mention(
    text: &str,
    m: Mention,
    clusters: &mut Vec<Cluster>,
    index: &mut Index,
    history: &[(usize, usize)],
) -> Speaker {
    let mention_text = m.span.text(text);
    let unresolved = |role: Option<String>| Speaker {
        mention: m.span,
        name: mention_text.to_string(),
        role,
        entity: None,
        resolution: Resolution::Unresolved,
    };
    match m.kind {
        MentionKind::Pronoun | MentionKind::Relative => {
            if m.kind == MentionKind::Relative
                && let Some(name) = m.name
            {
                // "X, who said": X's entity.
                let inner = Mention {
                    span: name,
                    kind: MentionKind::Person,
                    ..m
                };
                let mut s = resolve_mention(text, inner, clusters, index, history);
                s.mention = m.span;
                s.resolution = match s.resolution {
                    Resolution::Name | Resolution::Surname => Resolution::Pronoun,
                    r => r,
                };
                return s;
            }
            // "business leaders who say": the unnamed antecedent speaks. A
            // role noun there ("Grove, the magazine's editor who …") is
            // named by its own words, not resolved to an earlier holder of
            // the role.
            if m.kind == MentionKind::Relative
                && m.name.is_none()
                && let Some((span, kind)) = m.antecedent
            {
                let inner = Mention {
                    span,
                    kind,
                    antecedent: None,
                    ..m
                };
                if kind == MentionKind::Nominal {
                    return Speaker {
                        mention: m.span,
                        name: span.text(text).to_string(),
                        role: role_text(text, &inner),
                        entity: None,
                        resolution: Resolution::Unresolved,
                    };
                }
                let mut s = resolve_mention(text, inner, clusters, index, history);
                s.mention = m.span;
                return s;
            }
            let want = m.gender;
            if matches!(want, Gender::Male | Gender::Female) {
                for &(_, e) in history.iter().rev().take(MAX_LOOKBACK) {
                    let c = &mut clusters[e];
                    if std::mem::take(&mut c.sex_unread) && c.gender == Gender::Unknown {
                        c.gender = gender_from_first_name(text, &c.entity.name);
                    }
                }
            }
            let found = history
                .iter()
                .rev()
                .take(MAX_LOOKBACK)
                .map(|&(_, e)| e)
                .find(|&e| {
                    let c = &clusters[e];
                    match want {
                        Gender::Male | Gender::Female => {
                            (c.entity.kind == EntityKind::Person
                                || (c.entity.kind == EntityKind::Unknown
                                    && crate::mention::may_name_person(&c.entity.name)))
                                && (c.gender == want || c.gender == Gender::Unknown)
                                // "Clinton and Sanders" is no "he".
                                && !c.entity.name.contains(" and ")
                        }
                        Gender::Neuter => {
                            matches!(c.entity.kind, EntityKind::Organization | EntityKind::Group)
                        }
                        Gender::Plural => {
                            matches!(c.entity.kind, EntityKind::Group | EntityKind::Organization)
                        }
                        Gender::Unknown => false,
                    }
                });
            match found {
                Some(e) => {
                    let c = &mut clusters[e];
                    if c.gender == Gender::Unknown && matches!(want, Gender::Male | Gender::Female)
                    {
                        c.gender = want;
                    }
                    c.entity.mentions.push(m.span);
                    Speaker {
                        mention: m.span,
                        name: c.entity.name.clone(),
                        role: None,
                        entity: Some(e),
                        resolution: Resolution::Pronoun,
                    }
                }
                None => unresolved(None),
            }
        }
        MentionKind::Person | MentionKind::Name => {
            let Some(name) = m.name else {
                return unresolved(role_text(text, &m));
            };
            let words_ = lower_words(text, name);
            let name_text = name.text(text).to_string();
            // Same full name, or surname of a known person, or a known surname now given in full.
            let candidates = words_
                .last()
                .and_then(|w| index.surnames.get(w))
                .map_or(&[][..], Vec::as_slice);
            let found = candidates.iter().copied().find(|&e| {
                let c = &clusters[e];
                !c.name_words.is_empty()
                    && matches!(c.entity.kind, EntityKind::Person | EntityKind::Unknown)
                    && (c.name_words == words_
                        || (words_.len() == 1 && c.name_words.last() == words_.last())
                        || (c.name_words.len() == 1 && words_.last() == c.name_words.last()))
            });
            let kind = if m.kind == MentionKind::Person {
                EntityKind::Person
            } else {
                EntityKind::Unknown
            };
            let resolution = if words_.len() >= 2 {
                Resolution::Name
            } else {
                Resolution::Surname
            };
            let e = match found {
                Some(e) => {
                    let c = &mut clusters[e];
                    if words_.len() > c.name_words.len() {
                        c.name_words = words_;
                        c.entity.name = name_text;
                    }
                    if kind == EntityKind::Person {
                        c.entity.kind = EntityKind::Person;
                    }
                    e
                }
                None => {
                    // The cluster's name words are this name's.
                    let surname = words_.last().cloned();
                    let e = new_cluster(text, &m, &name_text, words_, kind, clusters);
                    if let Some(w) = surname {
                        index.surnames.entry(w).or_default().push(e);
                    }
                    e
                }
            };
            let c = &mut clusters[e];
            // The role is read once, for the cluster and the speaker.
            let role = role_text(text, &m);
            add_role(role.as_ref(), &m, c);
            c.entity.mentions.push(m.span);
            // A single word never seen in full is a name in its own right.
            let resolution = if c.name_words.len() == 1 {
                Resolution::Name
            } else {
                resolution
            };
            Speaker {
                mention: m.span,
                name: c.entity.name.clone(),
                role,
                entity: Some(e),
                resolution,
            }
        }
        MentionKind::Organization | MentionKind::Group => {
            let name = strip_det(mention_text);
            let key = name.to_lowercase();
            let kind = if m.kind == MentionKind::Organization {
                EntityKind::Organization
            } else {
                EntityKind::Group
            };
            // One hashing of the key, and no copy of it, for a look-up
            // and an insertion alike.
            let e = match index.keys.entry((key, kind)) {
                Entry::Occupied(known) => *known.get(),
                Entry::Vacant(slot) => {
                    let name_words = m.name.map(|n| lower_words(text, n)).unwrap_or_default();
                    *slot.insert(new_cluster(text, &m, name, name_words, kind, clusters))
                }
            };
            let c = &mut clusters[e];
            c.entity.mentions.push(m.span);
            Speaker {
                mention: m.span,
                name: c.entity.name.clone(),
                role: None,
                entity: Some(e),
                resolution: Resolution::Name,
            }
        }
        MentionKind::Nominal => {
            let role = role_text(text, &m);
            let head = m
                .role
                .and_then(|r| words(text, r).last().map(|w| w.text(text).to_lowercase()));
            if m.definite
                && let Some(head) = &head
                && let Some(&(_, e)) =
                    history.iter().rev().take(MAX_LOOKBACK).find(|&&(_, e)| {
                        clusters[e].entity.roles.iter().any(|r| {
                            r.to_lowercase().split_whitespace().last() == Some(head.as_str())
                        })
                    })
            {
                let c = &mut clusters[e];
                c.entity.mentions.push(m.span);
                return Speaker {
                    mention: m.span,
                    name: c.entity.name.clone(),
                    role,
                    entity: Some(e),
                    resolution: Resolution::Nominal,
                };
            }
            unresolved(role)
        }
    }
}

/// Capitalised words that start sentences, never first names.
const NOT_FIRST_NAMES: &[&str] = &[
    "The",
    "But",
    "And",
    "In",
    "On",
    "At",
    "As",
    "If",
    "When",
    "After",
    "Asked",
    "Said",
    "Then",
    "So",
    "A",
    "An",
    "While",
    "Though",
    "Although",
    "Because",
    "Since",
    "For",
    "To",
    "With",
    "Without",
    "Meanwhile",
    "However",
    "Still",
    "Yet",
    "Former",
    "Sen",
    "Rep",
    // Adverbs and prepositions that open a sentence before a name, and
    // adjectives of headlines ("Maybe Trump", "Despite George Will").
    "Maybe",
    "Even",
    "Despite",
    "Never",
    "Under",
    "Outside",
    "Only",
    "Also",
    "Now",
    "Why",
    "How",
    "What",
    "Where",
    "Team",
    "Top",
    "Young",
    "Internal",
    "Super",
    "Liberal",
    "Conservative",
    "Celebrities",
];

/// Up to two capitalised name words right before `at` ("Ted " before "Cruz").
fn first_names_before(text: &str, at: usize) -> usize {
    let from = crate::boundary::floor_boundary(text, at.saturating_sub(FIRST_NAME_WINDOW));
    let ws = crate::boundary::last_words(text, Span::new(from, at), 2);
    let mut start = at;
    for w in ws.iter().rev().take(2) {
        let t = w.text(text);
        let ok = text[w.end()..start] == *" "
            && t.chars().next().is_some_and(char::is_uppercase)
            && t.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
            && t.len() > 1
            && !lexicon::is_role(t)
            && !lexicon::is_honorific(t)
            && !lexicon::is_org_word(t)
            && !NOT_FIRST_NAMES.contains(&t)
            // "Did Donald Trump", "His Treasury Department", "Several
            // Twitter": an auxiliary (a sentence-opening "Will" only), a
            // closed-class or a time word is no first name.
            && !(lexicon::is_auxiliary(t) && (t != "Will" || opens_sentence(text, w.start())))
            && !crate::mention::is_closed_word(t)
            && !lexicon::is_time_word(t);
        if !ok {
            break;
        }
        start = w.start();
    }
    start
}

/// Whether the word at `at` opens a sentence or a paragraph.
fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t']);
    before.is_empty() || before.ends_with(['\n', '.', '!', '?', ':', '"', '“', '”', '—'])
}

/// Bytes read before a surname for its first names.
const FIRST_NAME_WINDOW: usize = 60;

/// Find every occurrence of each person's surname: it becomes a mention of
/// the person, and a fuller name before it ("Ted Cruz" for a speaker only
/// ever called "Cruz") becomes the canonical name.
fn complete_names(text: &str, paras: &[Span], clusters: &mut [Cluster]) {
    let mut surnames: Vec<&str> = Vec::new();
    let mut owners: Vec<Vec<usize>> = Vec::new();
    let names: Vec<String> = clusters.iter().map(|c| c.entity.name.clone()).collect();
    for (i, c) in clusters.iter().enumerate() {
        if !matches!(c.entity.kind, EntityKind::Person | EntityKind::Unknown)
            || c.name_words.is_empty()
        {
            continue;
        }
        let Some(last) = names[i].rsplit(' ').next() else {
            continue;
        };
        match surnames.iter().position(|s| *s == last) {
            Some(k) => owners[k].push(i),
            None => {
                surnames.push(last);
                owners.push(vec![i]);
            }
        }
    }
    if surnames.is_empty() {
        return;
    }
    for mat in surname_matches(text, &surnames) {
        if !whole_word(text, mat.start(), mat.end()) {
            continue;
        }
        let start = first_names_before(text, mat.start());
        // A title-case headline capitalises every word: "Understated Perez
        // Raises Profile" gives no first name.
        let start = if start < mat.start() && in_title_line(text, paras, mat.start()) {
            mat.start()
        } else {
            start
        };
        let full = &text[start..mat.end()];
        let cands = &owners[mat.pattern];
        // The person whose name is this one, else the only one with this surname.
        let owner = cands
            .iter()
            .copied()
            .find(|&i| clusters[i].entity.name == full)
            .or_else(|| (cands.len() == 1).then(|| cands[0]));
        let Some(ci) = owner else { continue };
        let c = &mut clusters[ci];
        if start < mat.start()
            && c.name_words.len() == 1
            && full.split(' ').count() > c.entity.name.split(' ').count()
        {
            c.entity.name = full.to_string();
            c.entity.kind = EntityKind::Person;
        }
        c.entity.mentions.push(Span::new(start, mat.end()));
    }
}

/// Possible sentence starts, in text order: a
/// paragraph start, or a capital after ". ", "? ", "! " (closing quote
/// marks allowed before the space). Each comes with its paragraph's end
/// and the terminal mark before it (`None` at a paragraph start), which
/// the caller checks with the abbreviation guard only when a known
/// speaker's surname opens it.
fn sentence_starts(text: &str, paras: &[Span]) -> Vec<(usize, usize, Option<usize>)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for para in paras {
        let body = &bytes[para.start()..para.end()];
        let first = para.start() + body.iter().take_while(|b| b.is_ascii_whitespace()).count();
        let mut push = |start: usize, mark: Option<usize>| {
            if bytes.get(start).is_some_and(u8::is_ascii_uppercase) {
                out.push((start, para.end(), mark));
            }
        };
        push(first, None);
        for i in memchr::memchr3_iter(b'.', b'?', b'!', body) {
            let mark = para.start() + i;
            let rest = &text[mark + 1..para.end()];
            let after_marks = rest.trim_start_matches(['"', '\'', '”', '’', ')']);
            if let Some(next) = after_marks.strip_prefix(' ') {
                push(para.end() - next.len(), Some(mark));
            }
        }
    }
    out
}

/// The last word of the capitalised run that opens the sentence
/// at `start` ("Mr. Trump went" → "trump"): a cheap look before the
/// mention grammar reads it.
fn opening_surname(text: &str, start: usize, end: usize) -> Option<&str> {
    let bytes = &text.as_bytes()[..end];
    let mut at = start;
    let mut last = None;
    for _ in 0..4 {
        let len = bytes[at..]
            .iter()
            .position(|&b| !(b.is_ascii_alphabetic() || b == b'.' || b == b'-'))
            .unwrap_or(bytes.len() - at);
        if len == 0 || !bytes[at].is_ascii_uppercase() || bytes.get(at + len) != Some(&b' ') {
            break;
        }
        last = Some(&text[at..at + len]);
        at += len + 1;
    }
    Some(last?.trim_end_matches('.'))
}

/// The end of the person's name that opens the sentence at `start`, when the
/// mention grammar reads one there with `surname` as its last word and a
/// lowercase word follows ("Clinton appeared …").
fn subject_name_end(text: &str, start: usize, end: usize, surname: &str) -> Option<usize> {
    let m = crate::mention::mention_after(text, start, end)?;
    let name = m.name?;
    let last = words(text, name).last()?.text(text).to_lowercase();
    let next = crate::boundary::word_after(text, m.span.end(), end)?;
    (matches!(m.kind, MentionKind::Person | MentionKind::Name)
        && last == surname
        && text[m.span.end()..next.start()] == *" "
        && next
            .text(text)
            .starts_with(|c: char| c.is_ascii_lowercase()))
    .then_some(m.span.end())
}

/// Whether the paragraph holding `at` is a title-case headline.
fn in_title_line(text: &str, paras: &[Span], at: usize) -> bool {
    let Some(&para) = paras.get(paras.partition_point(|p| p.end() <= at)) else {
        return false;
    };
    // Most paragraphs are longer than any headline: no need to read them.
    para.start() <= at
        && para.len() <= crate::cue::MAX_TITLE_BYTES
        && crate::cue::is_title_line(text, &crate::boundary::words(text, para), para)
}

/// Whether `start..end` is a whole word: no letter or digit touches it.
fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    !alnum(text[..start].chars().next_back()) && !alnum(text[end..].chars().next())
}

/// One occurrence of a surname: byte range and pattern index.
struct SurnameMatch {
    start: usize,
    end: usize,
    pattern: usize,
}

impl SurnameMatch {
    fn start(&self) -> usize {
        self.start
    }

    fn end(&self) -> usize {
        self.end
    }
}

/// Most surnames searched with one `memmem` scan each; more go through one
/// Aho-Corasick automaton (one pass over the text, whatever their number).
const MAX_SCANNED_SURNAMES: usize = 16;

/// The non-overlapping occurrences of `surnames` (distinct) in
/// `text`, as Aho-Corasick's `LeftmostLongest` reports them: the leftmost
/// start first, the longest pattern among those starting there, and the
/// search goes on after its end. A document names a handful of people, and
/// a few `memmem` scans cost far less than building an automaton for them.
fn surname_matches(text: &str, surnames: &[&str]) -> Vec<SurnameMatch> {
    let mut out = Vec::new();
    // An empty pattern (never a real surname) matches everywhere: leave it
    // to the automaton, which steps past empty matches.
    if surnames.len() > MAX_SCANNED_SURNAMES || surnames.iter().any(|s| s.is_empty()) {
        let Ok(ac) = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
            .build(surnames)
        else {
            return out;
        };
        out.extend(ac.find_iter(text).map(|m| SurnameMatch {
            start: m.start(),
            end: m.end(),
            pattern: m.pattern().as_usize(),
        }));
        return out;
    }
    let hay = text.as_bytes();
    let finders: Vec<memmem::Finder<'_>> = surnames.iter().map(memmem::Finder::new).collect();
    // The next occurrence of each surname at or after `at`.
    let mut next: Vec<Option<usize>> = finders.iter().map(|f| f.find(hay)).collect();
    loop {
        let mut best: Option<usize> = None;
        for (p, n) in next.iter().enumerate() {
            let Some(start) = *n else { continue };
            let better = best.is_none_or(|b| {
                let bs = next[b].unwrap_or(usize::MAX);
                start < bs || (start == bs && surnames[p].len() > surnames[b].len())
            });
            if better {
                best = Some(p);
            }
        }
        let Some(p) = best else { break };
        let start = next[p].unwrap_or(0);
        let end = start + surnames[p].len();
        out.push(SurnameMatch {
            start,
            end,
            pattern: p,
        });
        for (n, f) in next.iter_mut().zip(&finders) {
            if n.is_some_and(|s| s < end) {
                *n = hay.get(end..).and_then(|h| f.find(h)).map(|i| end + i);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What the Aho-Corasick automaton reports for the same surnames.
    fn automaton(text: &str, surnames: &[&str]) -> Vec<(usize, usize, usize)> {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(surnames)
            .map(|ac| {
                ac.find_iter(text)
                    .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn scanned(text: &str, surnames: &[&str]) -> Vec<(usize, usize, usize)> {
        surname_matches(text, surnames)
            .into_iter()
            .map(|m| (m.start, m.end, m.pattern))
            .collect()
    }

    #[test]
    fn surnames_match_leftmost_then_longest() {
        let text = "Chen and Cheney met O'Neill, then O'Neil and Chen again.";
        let surnames = ["Chen", "Cheney", "O'Neil", "O'Neill", "O"];
        assert_eq!(scanned(text, &surnames), automaton(text, &surnames));
        let found: Vec<&str> = scanned(text, &surnames)
            .iter()
            .map(|&(s, e, _)| &text[s..e])
            .collect();
        assert_eq!(found, ["Chen", "Cheney", "O'Neill", "O'Neil", "Chen"]);
    }

    proptest! {
        #[test]
        fn surname_scan_agrees_with_the_automaton(
            text in "[abé' ]{0,40}",
            surnames in prop::collection::btree_set("[abé']{1,4}", 1..20),
        ) {
            let surnames: Vec<&str> = surnames.iter().map(String::as_str).collect();
            prop_assert_eq!(scanned(&text, &surnames), automaton(&text, &surnames));
        }
    }
}
