//! Integration tests of the saywho binary (formats). Filled in by its owner.
