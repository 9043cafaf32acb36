//! Integration tests of the saywho binary (cli). Filled in by its owner.
