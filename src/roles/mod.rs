//! Role pages: the list of roles and each role's guide.

mod guide_page;
mod provider_courses;

pub use guide_page::RoleGuidePage;

use career_core::handle::RoleRef;
use career_core::links;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::ui::page::{set_page_title, use_catalogue};
use crate::ui::states::NotFound;
use crate::ui::widgets::Link;

/// A page about the role the route's `:id` names (`/roles/:id…`): `page`
/// renders it from the role's handle; an unknown id shows the not-found
/// page.
pub fn role_page<V: IntoView + 'static>(
    page: impl Fn(RoleRef) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let cat = use_catalogue();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get(links::param::ID).unwrap_or_default());
    move || {
        let id = id.get();
        match RoleRef::find(&cat, &id) {
            Some(role) => page(role).into_any(),
            None => view! { <NotFound what=format!("role “{id}”")/> }.into_any(),
        }
    }
}

/// Every role as a card linking to its guide.
#[component]
pub fn RoleCards() -> impl IntoView {
    let cat = use_catalogue();
    view! {
        <ul class="card-grid" role="list">
            {cat.roles.iter().map(|role| {
                let title = role.title.clone();
                view! {
                    <li class="card">
                        <h3><Link href=links::role(&role.id)>{title}</Link></h3>
                        <p>{role.summary.clone()}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// `/roles`: a card for every role, each linking to its guide.
#[component]
pub fn RoleIndexPage() -> impl IntoView {
    set_page_title(|| "Roles".to_string());
    view! {
        <div class="wrap">
            <h1>"Roles"</h1>
            <p class="lead">"Each guide covers the work, the skills, pay, outlook and how to get there."</p>
            <h2>"All roles"</h2>
            <RoleCards/>
        </div>
    }
}
