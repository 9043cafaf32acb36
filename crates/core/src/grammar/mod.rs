//! The private grammar: small named nom parsers. No nom type leaves this
//! module; callers get plain values and byte lengths.

pub(crate) mod marks;
pub(crate) mod mention;
