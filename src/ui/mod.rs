//! UI pieces shared by every page.

pub mod layout;
pub mod page;
pub mod states;
pub mod storage;
pub mod theme;
pub mod widgets;
