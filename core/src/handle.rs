//! Handles: one role or one course of a shared catalogue, as a page hands
//! it to its parts. A handle is the catalogue (an `Arc`, so cloning it is
//! cheap) and the entity's position in it, found once by id: a part never
//! looks the entity up again, so it never has to decide what to do if the
//! lookup failed.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;

use crate::model::{Catalogue, Course, Role};

/// A kind of entity a catalogue lists by id.
pub trait Entity: Sized {
    /// Every entity of this kind in `cat`, in catalogue order.
    fn all(cat: &Catalogue) -> &[Self];
    /// Its id, unique among its kind.
    fn id(&self) -> &str;
}

impl Entity for Role {
    fn all(cat: &Catalogue) -> &[Role] {
        &cat.roles
    }
    fn id(&self) -> &str {
        &self.id
    }
}

impl Entity for Course {
    fn all(cat: &Catalogue) -> &[Course] {
        &cat.courses
    }
    fn id(&self) -> &str {
        &self.id
    }
}

/// One entity of a shared catalogue. Only [`Handle::find`] makes one, so
/// [`Handle::get`] cannot fail.
pub struct Handle<E> {
    cat: Arc<Catalogue>,
    index: usize,
    kind: PhantomData<fn() -> E>,
}

/// A role of a shared catalogue.
pub type RoleRef = Handle<Role>;

/// A course of a shared catalogue.
pub type CourseRef = Handle<Course>;

impl<E: Entity> Handle<E> {
    /// The entity of `cat` with id `id`, if there is one.
    pub fn find(cat: &Arc<Catalogue>, id: &str) -> Option<Handle<E>> {
        let index = E::all(cat).iter().position(|e| e.id() == id)?;
        Some(Handle {
            cat: Arc::clone(cat),
            index,
            kind: PhantomData,
        })
    }

    /// The entity at `index` in `cat`'s list of its kind, if there is one
    /// (an index from something built over the same catalogue, such as the
    /// finder's results).
    pub fn at(cat: &Arc<Catalogue>, index: usize) -> Option<Handle<E>> {
        (index < E::all(cat).len()).then(|| Handle {
            cat: Arc::clone(cat),
            index,
            kind: PhantomData,
        })
    }

    /// Every entity of this kind in `cat`, in catalogue order.
    pub fn every(cat: &Arc<Catalogue>) -> impl Iterator<Item = Handle<E>> + '_ {
        (0..E::all(cat).len()).filter_map(|index| Handle::at(cat, index))
    }

    /// The entity.
    pub fn get(&self) -> &E {
        &E::all(&self.cat)[self.index]
    }

    /// The entity's id.
    pub fn id(&self) -> &str {
        self.get().id()
    }

    /// The catalogue it belongs to, for what it refers to (skills,
    /// providers, sources).
    pub fn catalogue(&self) -> &Arc<Catalogue> {
        &self.cat
    }
}

// By hand: a derive would ask `E: Clone` and `E: Debug`, which a handle
// does not need.
impl<E> Clone for Handle<E> {
    fn clone(&self) -> Self {
        Handle {
            cat: Arc::clone(&self.cat),
            index: self.index,
            kind: PhantomData,
        }
    }
}

impl<E: Entity> fmt::Debug for Handle<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Handle").field(&self.id()).finish()
    }
}

/// Two handles are equal when they name the same entity of the same
/// catalogue (the same `Arc`), so a memo of a handle changes only when
/// the entity does.
impl<E> PartialEq for Handle<E> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.cat, &other.cat) && self.index == other.index
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_by_id_and_gets_the_entity() {
        let cat = Arc::new(crate::test_fixture());
        let role = RoleRef::find(&cat, &cat.roles[0].id).expect("the fixture's first role");
        assert_eq!(role.get(), &cat.roles[0]);
        assert_eq!(role.id(), cat.roles[0].id);
        let course = CourseRef::find(&cat, &cat.courses[0].id).expect("its first course");
        assert_eq!(course.get().title, cat.courses[0].title);
        assert!(RoleRef::find(&cat, "no-such-role").is_none());
        assert!(CourseRef::find(&cat, "").is_none());
        assert_eq!(
            CourseRef::at(&cat, 0).map(|c| c.get().id.clone()),
            Some(cat.courses[0].id.clone())
        );
        assert!(CourseRef::at(&cat, cat.courses.len()).is_none());
    }

    #[test]
    fn every_lists_each_entity_in_order() {
        let cat = Arc::new(crate::test_fixture());
        let ids: Vec<String> = RoleRef::every(&cat).map(|r| r.id().to_string()).collect();
        let expected: Vec<String> = cat.roles.iter().map(|r| r.id.clone()).collect();
        assert_eq!(ids, expected);
    }

    #[test]
    fn equal_only_for_the_same_entity_of_the_same_catalogue() {
        let cat = Arc::new(crate::test_fixture());
        let id = &cat.courses[0].id;
        assert_eq!(CourseRef::find(&cat, id), CourseRef::find(&cat, id));
        let copy = Arc::new(crate::test_fixture());
        assert_ne!(CourseRef::find(&cat, id), CourseRef::find(&copy, id));
    }
}
