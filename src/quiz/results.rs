//! `/quiz/results?a=<code>&role=<id>&where=<state|online>`: ranked roles, the
//! skill gap for one of them, and the courses that close it where the
//! visitor could study. Everything comes from the URL, so a results link can
//! be shared or bookmarked.

use std::sync::Arc;

use career_core::handle::RoleRef;
use career_core::links;
use career_core::quiz::{self, Answers, RoleMatch, StudyPlace, PLACE_PARAM};
use career_core::{format, Catalogue};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::site::use_site;
use crate::ui::page::{first_param, set_page_title, use_catalogue, use_started};
use crate::ui::widgets::{LevelBadge, Link, ScrollBox};

/// How many courses the gap section lists before linking to the finder.
const COURSES_SHOWN: usize = 6;

/// `/quiz/results`: the answers in the link scored against the roles, or
/// what is wrong with the link.
#[component]
pub fn QuizResultsPage() -> impl IntoView {
    set_page_title(|| "Your quiz results".to_string());
    let cat = use_catalogue();
    let query = use_query_map();
    let decoded = Memo::new({
        let cat = cat.clone();
        move |_| match first_param(&query.read(), links::param::ANSWERS) {
            None => Err("There are no answers in this link.".to_string()),
            Some(code) => Answers::decode(&code, &cat.quiz).map_err(|e| e.to_string()),
        }
    });
    let chosen_role = Memo::new(move |_| first_param(&query.read(), links::param::ROLE));
    let place = Memo::new(move |_| {
        StudyPlace::from_param(first_param(&query.read(), PLACE_PARAM).as_deref())
    });
    // The answers are in the link's query string, which only the browser
    // reads: until the app has started the page says what it is doing.
    let started = use_started();
    move || {
        match decoded.get() {
        _ if !started.get() => view! {
            <div class="wrap state">
                <h1>"Your quiz results"</h1>
                <p>"Your results are worked out in your browser from the answers in this link, so this page needs JavaScript."</p>
                <p><Link href=links::QUIZ class="button primary">"Take the quiz"</Link></p>
            </div>
        }
        .into_any(),
        Err(why) => view! {
            <div class="wrap state" role="alert">
                <h1>"These results can't be shown"</h1>
                <p class="error-message">{why}</p>
                <p><Link href=links::QUIZ class="button primary">"Take the quiz"</Link></p>
            </div>
        }
        .into_any(),
        Ok(answers) => {
            view! { <Results cat=cat.clone() answers=answers chosen=chosen_role place=place/> }.into_any()
        }
    }
    }
}

/// The roles that match the answers best, the gap to one of them, and the
/// knowledge questions reviewed.
#[component]
fn Results(
    /// The catalogue the answers refer to.
    cat: Arc<Catalogue>,
    /// The decoded answers.
    answers: Answers,
    /// The role picked for the skill gap (`?role=`); the best match if absent or unknown.
    chosen: Memo<Option<String>>,
    /// Where the visitor could study (`?where=`), for the gap's courses.
    place: Memo<StudyPlace>,
) -> impl IntoView {
    let code = answers.encode(&cat.quiz);
    let ranked: Vec<RoleMatch> = quiz::score(&cat, &answers);
    let top_ids: Vec<String> = ranked.iter().take(3).map(|m| m.role.id.clone()).collect();
    let nothing_answered = answers.answered() == 0;
    // The full site's address, also when the results are opened inside an
    // embedded view.
    let site = use_site();
    let share_url = {
        let code = code.clone();
        move || {
            site.link_to(&links::quiz_results(
                &code,
                None,
                &place.read().query_suffix(),
            ))
        }
    };
    let rows = ranked
        .iter()
        .enumerate()
        .map(|(rank, m)| {
            let title = m.role.title.clone();
            let role_id = m.role.id.clone();
            // Keeps the choice of place, which can change on this page.
            let gap_link = {
                let code = code.clone();
                let text = format!("Skill gap for {}", format::in_sentence(&title));
                move || {
                    let href = format!(
                        "{}#gap",
                        links::quiz_results(&code, Some(&role_id), &place.read().query_suffix())
                    );
                    let text = text.clone();
                    view! { <Link href=href>{text}</Link> }
                }
            };
            let guide = links::role(&m.role.id);
            let roadmap = links::roadmap_with_quiz(&m.role.id, &code);
            view! {
                <li class="match">
                    <div class="match-head">
                        <h3>{format!("{}. {}", rank + 1, m.role.title)}</h3>
                        <span class="match-score">{format!("{}% match", m.score)}</span>
                    </div>
                    <div class="meter" aria-hidden="true"><div style:width=format!("{}%", m.score)></div></div>
                    <p>{m.explanation()}</p>
                    <p class="match-links">
                        {gap_link}
                        " · "
                        <Link href=guide>"Read the guide"</Link>
                        " · "
                        <Link href=roadmap>{format!("Roadmap for {}", format::in_sentence(&title))}</Link>
                    </p>
                </li>
            }
        })
        .collect_view();
    let gap_view = {
        let cat = cat.clone();
        let answers = answers.clone();
        let best = ranked
            .first()
            .map(|m| m.role.id.clone())
            .unwrap_or_default();
        move || {
            let role = chosen
                .get()
                .and_then(|id| RoleRef::find(&cat, &id))
                .or_else(|| RoleRef::find(&cat, &best));
            role.map(|role| view! { <GapSection answers=answers.clone() role=role code=code.clone() place=place/> })
        }
    };
    view! {
        <div class="wrap quiz-results">
            <h1>"Your quiz results"</h1>
            {nothing_answered.then(|| view! {
                <p class="note" role="status">"No questions were answered, so every role scores 0. Take the quiz to see a real match."</p>
            })}
            <p class="lead">"Roles ranked by how well they fit what you enjoy and what you already know."</p>
            <div class="actions">
                <Link href=links::compare(&top_ids) class="button primary">"Compare your top 3 roles"</Link>
                {ranked.first().map(|m| view! {
                    <Link href=links::plan_for(&m.role.id) class="button">{format!("Plan courses to become {}", format::with_article(&m.role.title))}</Link>
                })}
                <Link href=links::QUIZ class="button">"Change my answers"</Link>
            </div>
            <section aria-labelledby="ranking-h">
                <h2 id="ranking-h">"Your matches"</h2>
                <ol class="match-list" role="list">{rows}</ol>
            </section>
            {gap_view}
            <KnowledgeReview cat=cat.clone() answers=answers.clone()/>
            <section aria-labelledby="share-h">
                <h2 id="share-h">"Share or keep these results"</h2>
                <label for="share-link">"Link to these results"</label>
                <input id="share-link" class="share-link" type="text" readonly value=share_url
                    on:focus=move |ev| { event_target::<web_sys::HtmlInputElement>(&ev).select(); }/>
                <p class="muted">"The link holds your answers in a short code, and where you could study if you chose it, and nothing else."</p>
            </section>
        </div>
    }
}

/// The chosen role's skills against what the visitor showed, and the
/// courses that cover the gap.
#[component]
fn GapSection(
    /// The visitor's answers.
    answers: Answers,
    /// The role whose gap is shown, with the catalogue's skills and courses.
    role: RoleRef,
    /// The answers' code, for the address of a changed choice of place.
    code: String,
    /// Where the visitor could study; changing it redraws only the courses.
    place: Memo<StudyPlace>,
) -> impl IntoView {
    let cat = role.catalogue().clone();
    let role = role.get();
    let gap = quiz::skill_gap(&cat, &answers, role);
    let gap_ids: Vec<String> = gap
        .iter()
        .filter(|g| g.is_gap())
        .map(|g| g.skill.id.clone())
        .collect();
    // The courses for the gap from where the visitor could study (by id),
    // each with the skills it covers.
    let courses = Memo::new({
        let (cat, role_id) = (cat.clone(), role.id.clone());
        let gap_ids = gap_ids.clone();
        move |_| {
            let ids: Vec<&str> = gap_ids.iter().map(String::as_str).collect();
            quiz::courses_for_gap(&cat, &ids, &role_id, &place.read())
                .into_iter()
                .map(|(course, covered)| {
                    (
                        course.id.clone(),
                        covered.into_iter().map(str::to_string).collect::<Vec<_>>(),
                    )
                })
                .collect::<Vec<_>>()
        }
    });
    let navigate = use_navigate();
    let role_param = role.id.clone();
    let on_place = move |ev: leptos::ev::Event| {
        let chosen = StudyPlace::from_param(Some(&event_target_value(&ev)));
        let url = links::quiz_results(&code, Some(&role_param), &chosen.query_suffix());
        navigate(
            &url,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let current = move || place.read().param();
    let rows = gap
        .iter()
        .map(|g| {
            let status = g.status_text();
            view! {
                <tr class:met=!g.is_gap()>
                    <th scope="row">{g.skill.name.clone()}</th>
                    <td><LevelBadge level=g.need/></td>
                    <td>
                        {match g.rated { Some(l) => view! { <LevelBadge level=l/> }.into_any(), None => view! { <span class="muted">"—"</span> }.into_any() }}
                        {g.answer_text().map(|text| view! { <span class="muted answer-shown">{text}</span> })}
                    </td>
                    <td>{status}</td>
                </tr>
            }
        })
        .collect_view();
    let list_cat = cat.clone();
    let course_list = move || {
        let cat = &list_cat;
        let courses = courses.read();
        let items = courses
            .iter()
            .take(COURSES_SHOWN)
            .filter_map(|(id, covered)| Some((cat.course(id)?, covered)))
            .map(|(course, covered)| {
                let provider = cat.provider(&course.provider).map(|p| p.name.clone()).unwrap_or_default();
                let names: Vec<String> = covered.iter().filter_map(|id| cat.skill(id)).map(|s| s.name.clone()).collect();
                let title = course.title.clone();
                view! {
                    <li class="card">
                        <h4><Link href=links::course(&course.id)>{title}</Link></h4>
                        <p class="muted">{format!("{provider} · {} · {}", career_core::finder::level_text(course), format::course_length(course))}</p>
                        <p>{format!("Covers {} of your gaps: {}", covered.len(), names.join(", "))}</p>
                    </li>
                }
            })
            .collect_view();
        let ids: Vec<&str> = gap_ids.iter().map(String::as_str).collect();
        let links = place.read().finder_links(&ids);
        (!courses.is_empty()).then(|| view! {
            <ul class="card-grid" role="list">{items}</ul>
            <p class="actions">
                {links.into_iter().map(|(text, href)| view! { <Link href=href class="button">{text}</Link> }).collect_view()}
            </p>
        })
    };
    view! {
        <section id="gap" aria-labelledby="gap-h">
            <h2 id="gap-h">{format!("Your skill gap for {}", format::in_sentence(&role.title))}</h2>
            <ScrollBox label="Skill gap">
                <table class="gap-table">
                    <thead><tr><th scope="col">"Skill"</th><th scope="col">"Needed"</th><th scope="col">"You said"</th><th scope="col">"Status"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </ScrollBox>
            <h3>"Courses that close the gap"</h3>
            <p class="field">
                <label for="study-place">"Where could you study?"</label>
                <select id="study-place" on:change=on_place prop:value=current>
                    {StudyPlace::choices().into_iter().map(|(value, label)| view! {
                        <option value=value selected=move || value == current()>{label}</option>
                    }).collect_view()}
                </select>
            </p>
            <p role="status">{move || quiz::gap_courses_text(courses.read().len(), &place.read())}</p>
            {course_list}
        </section>
    }
    .into_any()
}

/// The knowledge questions answered, with the right answer explained.
#[component]
fn KnowledgeReview(
    /// The catalogue with the questions.
    cat: Arc<Catalogue>,
    /// The visitor's answers.
    answers: Answers,
) -> impl IntoView {
    let items = quiz::knowledge_review(&cat.quiz, &answers);
    if items.is_empty() {
        return ().into_any();
    }
    let right = items.iter().filter(|r| r.correct).count();
    let total = items.len();
    view! {
        <section aria-labelledby="basics-h">
            <h2 id="basics-h">"Back-end basics"</h2>
            <p>{format!("You got {right} of {total} right.")}</p>
            {items.into_iter().map(|r| {
                let (yours, answer) = (r.chosen, r.right);
                view! {
                    <div class="review" class:right=r.correct>
                        <p class="review-q"><strong>{r.question.prompt.clone()}</strong></p>
                        <p>{if r.correct { format!("✓ Right: {yours}.") } else { format!("✗ You answered “{yours}”; the answer is “{answer}”.") }}</p>
                        <p class="muted">{r.question.explanation.clone().unwrap_or_default()}</p>
                    </div>
                }
            }).collect_view()}
        </section>
    }
    .into_any()
}
