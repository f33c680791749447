//! The Embed page (`/embedding`): a host picks a view and options, sees a
//! live preview, and copies the snippet. The snippet and the preview's
//! address come from `career_core::embed`, so they always agree with what
//! the embedded app parses.

use career_core::compare::{MAX_ROLES, MIN_ROLES};
use career_core::embed::{self, AccentPalette, EmbedOptions, EmbedView, Rgb, Scheme};
use career_core::prefs::Theme;
use leptos::prelude::*;

use crate::site::use_site;
use crate::ui::page::{set_page_title, use_catalogue};
use crate::ui::widgets::copy_to_clipboard;

/// The colour the accent picker starts at (the app's own accent).
const DEFAULT_ACCENT: Rgb = Rgb(0x0b, 0x5c, 0xad);

/// The colour themes a host can force, as the theme menu offers them.
const THEME_CHOICES: [(Theme, &str); 3] = [
    (Theme::System, "Follow the visitor's system"),
    (Theme::Light, "Always light"),
    (Theme::Dark, "Always dark"),
];

/// Which kind of view is picked; the role choices live in their own signals.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ViewKind {
    Courses,
    RoleGuide,
    Compare,
    Quiz,
    Home,
}

impl ViewKind {
    const ALL: [(ViewKind, &'static str); 5] = [
        (ViewKind::Courses, "Course finder"),
        (ViewKind::RoleGuide, "One role's guide"),
        (ViewKind::Compare, "Roles side by side"),
        (ViewKind::Quiz, "Skills quiz"),
        (ViewKind::Home, "Home page"),
    ];
}

/// `/embedding`: lets a host choose a view and its options, previews it, and
/// gives the code to paste.
#[component]
pub fn EmbedBuilderPage() -> impl IntoView {
    set_page_title(|| "Embed Career Guide".to_string());
    let cat = use_catalogue();
    let roles: Vec<(String, String)> = cat
        .roles
        .iter()
        .map(|r| (r.id.clone(), r.title.clone()))
        .collect();
    // Each with its course count, so a host sees what its view will hold.
    let providers = embed::provider_choices(&cat);

    let kind = RwSignal::new(ViewKind::Courses);
    let guide_role = RwSignal::new(roles.first().map(|r| r.0.clone()).unwrap_or_default());
    let compared = RwSignal::new(
        roles
            .iter()
            .take(3)
            .map(|r| r.0.clone())
            .collect::<Vec<_>>(),
    );
    let provider = RwSignal::new(String::new());
    let use_accent = RwSignal::new(false);
    let accent = RwSignal::new(DEFAULT_ACCENT);
    let scheme = RwSignal::new(None::<Scheme>);
    let compact = RwSignal::new(false);

    let view_choice = Memo::new(move |_| match kind.get() {
        ViewKind::Courses => EmbedView::Courses,
        ViewKind::RoleGuide => EmbedView::RoleGuide(guide_role.get()),
        ViewKind::Compare => EmbedView::Compare(compared.get()),
        ViewKind::Quiz => EmbedView::Quiz,
        ViewKind::Home => EmbedView::Home,
    });
    let options = Memo::new(move |_| EmbedOptions {
        accent: use_accent.get().then(|| accent.get()),
        scheme: scheme.get(),
        compact: compact.get(),
        provider: Some(provider.get()).filter(|p| !p.is_empty()),
    });
    // The snippet needs the site's absolute address, which only the
    // browser knows: it is filled in once the app has started.
    let site = use_site();
    let snippet = Memo::new({
        let site = site.clone();
        move |_| {
            let script_url = site.link_to(career_core::links::EMBED_SCRIPT);
            embed::snippet(&script_url, &view_choice.read(), &options.read())
        }
    });
    let preview_src = Memo::new(move |_| {
        format!(
            "{}/{}",
            site.base,
            embed::frame_src(&view_choice.read(), &options.read())
        )
    });
    let palette = move || {
        options
            .read()
            .accent
            .map(AccentPalette::from_accent)
            .map(|p| format!("On screen it is used as {} in the light theme and {} in the dark theme, so text on it stays readable.", p.light.to_hex(), p.dark.to_hex()))
    };

    let copy_status = RwSignal::new(String::new());
    let copy = move |_| copy_to_clipboard(snippet.get_untracked(), copy_status, "the snippet");

    // Two to four roles (`embed::toggle_compared`): a box that cannot
    // change is disabled.
    let role_checkbox = move |(id, title): (String, String)| {
        let box_id = format!("embed-compare-{id}");
        let checked = {
            let id = id.clone();
            move || compared.read().contains(&id)
        };
        let toggle = {
            let id = id.clone();
            move |_| compared.update(|ids| *ids = embed::toggle_compared(ids, &id))
        };
        let disabled = move || !embed::can_toggle_compared(&compared.read(), &id);
        view! {
            <li>
                <input type="checkbox" id=box_id.clone() prop:checked=checked on:change=toggle disabled=disabled/>
                <label for=box_id>{title}</label>
            </li>
        }
    };

    // Each `Show` below re-renders its children, so each keeps its own list.
    let guide_roles = roles.clone();
    view! {
        <div class="wrap embed-builder">
            <h1>"Embed Career Guide on your site"</h1>
            <p class="lead">
                "Universities, TAFEs and colleges can show any part of this guide inside their own pages — "
                "only their own courses if they wish, in their colours. Pick a view, check the preview, "
                "then paste the snippet into your page."
            </p>
            <div class="builder-layout">
                <form class="builder-options" on:submit=|ev| ev.prevent_default()>
                    <fieldset>
                        <legend>"What to show"</legend>
                        <ul class="facet-options">
                            {ViewKind::ALL.into_iter().map(|(k, label)| {
                                let id = format!("embed-view-{}", label.to_lowercase().replace([' ', '\''], "-"));
                                view! {
                                    <li>
                                        <input type="radio" name="embed-view" id=id.clone()
                                            prop:checked=move || kind.get() == k
                                            on:change=move |_| kind.set(k)/>
                                        <label for=id>{label}</label>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </fieldset>
                    <Show when=move || kind.get() == ViewKind::RoleGuide>
                        <p class="field">
                            <label for="embed-role">"Role"</label>
                            <select id="embed-role" prop:value=move || guide_role.get()
                                on:change=move |ev| guide_role.set(event_target_value(&ev))>
                                {guide_roles.iter().map(|(id, title)| view! { <option value=id.clone()>{title.clone()}</option> }).collect_view()}
                            </select>
                        </p>
                    </Show>
                    <Show when=move || kind.get() == ViewKind::Compare>
                        <fieldset>
                            <legend>{format!("Roles to compare ({MIN_ROLES} to {MAX_ROLES})")}</legend>
                            <ul class="facet-options">
                                {roles.iter().cloned().map(role_checkbox).collect_view()}
                            </ul>
                        </fieldset>
                    </Show>
                    <p class="field">
                        <label for="embed-provider">"Courses shown"</label>
                        <select id="embed-provider" prop:value=move || provider.get()
                            on:change=move |ev| provider.set(event_target_value(&ev))>
                            <option value="">"All providers"</option>
                            {providers.iter().map(|(id, label)| view! { <option value=id.clone()>{label.clone()}</option> }).collect_view()}
                        </select>
                    </p>
                    <fieldset>
                        <legend>"Look"</legend>
                        <p class="field inline">
                            <input type="checkbox" id="embed-use-accent" prop:checked=move || use_accent.get()
                                on:change=move |ev| use_accent.set(event_target_checked(&ev))/>
                            <label for="embed-use-accent">"Use our accent colour"</label>
                            <input type="color" id="embed-accent" aria-label="Accent colour"
                                prop:value=move || accent.get().to_hex()
                                on:input=move |ev| {
                                    if let Some(rgb) = Rgb::parse_hex(&event_target_value(&ev)) {
                                        accent.set(rgb);
                                        use_accent.set(true);
                                    }
                                }/>
                        </p>
                        {move || palette().map(|text| view! { <p class="facet-hint">{text}</p> })}
                        <p class="field">
                            <label for="embed-theme">"Colour theme"</label>
                            <select id="embed-theme"
                                on:change=move |ev| scheme.set(Scheme::from_name(&event_target_value(&ev)))>
                                {THEME_CHOICES.into_iter().map(|(theme, label)| view! {
                                    <option value=theme.scheme().map_or("auto", Scheme::name)>{label}</option>
                                }).collect_view()}
                            </select>
                        </p>
                        <p class="field inline">
                            <input type="checkbox" id="embed-compact" prop:checked=move || compact.get()
                                on:change=move |ev| compact.set(event_target_checked(&ev))/>
                            <label for="embed-compact">"Compact (smaller type and spacing)"</label>
                        </p>
                    </fieldset>
                    <p class="field">
                        <label for="embed-snippet">"Paste this into your page"</label>
                        <textarea id="embed-snippet" class="snippet" readonly rows="7" prop:value=move || snippet.get()></textarea>
                    </p>
                    <p class="actions">
                        <button type="button" class="button primary" on:click=copy>"Copy snippet"</button>
                        <span role="status" class="muted">{move || copy_status.get()}</span>
                    </p>
                    <p class="muted">
                        "The script (about 3 KB, no dependencies) inserts the view as an iframe and keeps its "
                        "height matched to the content. Options it cannot use are named at the foot of the view."
                    </p>
                </form>
                <section class="builder-preview" aria-labelledby="preview-title">
                    <h2 id="preview-title">"Live preview"</h2>
                    <iframe title="Preview of the embedded view" src=move || preview_src.get() class="preview-frame"></iframe>
                </section>
            </div>
        </div>
    }
}
