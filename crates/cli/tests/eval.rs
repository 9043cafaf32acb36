//! Integration tests of the saywho binary (eval). Filled in by its owner.
