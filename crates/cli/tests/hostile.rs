//! Integration tests of the saywho binary (hostile). Filled in by its owner.
