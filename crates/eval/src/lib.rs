//! Read brat standoff attribution annotations and score saywho against them.
