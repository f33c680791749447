//! Role pages: the list of roles and each role's guide.

mod guide_page;

pub use guide_page::RoleGuidePage;

use leptos::prelude::*;

use crate::ui::widgets::Link;

use crate::ui::page::{set_page_title, use_catalogue};

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
                        <h3><Link href=format!("/roles/{}", role.id)>{title}</Link></h3>
                        <p>{role.summary.clone()}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

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
