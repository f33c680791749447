//! UI pieces shared by every page.

pub mod dates;
pub mod download;
pub mod page;
pub mod saved;
pub mod share;
pub mod states;
pub mod storage;
pub mod theme;
pub mod widgets;
