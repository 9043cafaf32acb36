pub(crate) mod mention;
