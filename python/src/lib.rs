//! `saywho._saywho`: the Rust half of the `saywho` Python package.
//!
//! Two functions, both returning the JSON contract of `saywho-output` (the
//! same bytes `saywho extract` writes for the same id and text):
//!
//! * `extract(text, id="", *, scope="speech") -> dict`
//! * `extract_batch(texts, ids=None, *, scope="speech") -> list[str]`
//! * `error_record(id, kind, message) -> str`, for input the caller could
//!   not read at all (a corrupt JSON line)
//!
//! The Python objects are read while the interpreter is attached; the engine
//! runs with it detached (the GIL released), so Python threads, and Spark's
//! Arrow reader thread, go on while a batch is analysed.
//!
//! **Architecture invariant**: a document never raises. A missing or
//! non-string text, a string that is not valid Unicode, or a panic in the
//! engine gives an error record, as it does in the CLI:
//! `{"schema": 1, "id": …, "error": {"kind": …, "message": …}}`.

use std::panic::AssertUnwindSafe;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::PyString;
use saywho_core::{Extractor, Options, Scope};
use saywho_output::{ErrorRecord, to_json_line};

/// One document as read from Python, before the engine runs.
enum Input {
    /// A string, borrowed from Python without copying where the ABI allows.
    Text(PyBackedStr),
    /// Not analysable: an error record with this kind and message.
    Failed { kind: &'static str, message: String },
}

/// Read one text. Never fails: what is not a `str` becomes [`Input::Failed`].
fn read_text(item: &Bound<'_, PyAny>) -> Input {
    if item.is_none() {
        return Input::Failed {
            kind: "missing_field",
            message: "no text (None)".to_owned(),
        };
    }
    if !item.is_instance_of::<PyString>() {
        let found = item
            .get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_else(|_| "?".to_owned());
        return Input::Failed {
            kind: "invalid_field",
            message: format!("text is of type {found}, not str"),
        };
    }
    match item.extract::<PyBackedStr>() {
        Ok(text) => Input::Text(text),
        // A str holding lone surrogates has no UTF-8 form.
        Err(e) => Input::Failed {
            kind: "invalid_utf8",
            message: format!("text is not valid Unicode: {e}"),
        },
    }
}

/// Read one id: a `str`, an `int` (written in decimal), or `None` (the
/// document's position in the batch).
fn read_id(item: &Bound<'_, PyAny>, position: usize) -> PyResult<String> {
    if item.is_none() {
        Ok(position.to_string())
    } else if item.is_instance_of::<PyString>() {
        item.extract::<String>()
    } else if let Ok(n) = item.extract::<i128>() {
        Ok(n.to_string())
    } else {
        Err(PyTypeError::new_err(format!(
            "id at position {position} must be a str, an int or None"
        )))
    }
}

fn parse_scope(scope: &str) -> PyResult<Extractor> {
    let scope = match scope {
        "speech" => Scope::Speech,
        "all" => Scope::All,
        other => {
            return Err(PyValueError::new_err(format!(
                "scope must be \"speech\" or \"all\", not {other:?}"
            )));
        }
    };
    Ok(Extractor::new(Options { scope }))
}

fn error_line(id: &str, kind: &str, message: &str) -> String {
    serde_json::to_string(&ErrorRecord::new(id, kind, message)).unwrap_or_default()
}

/// The JSON line of one document. Runs without the GIL.
fn analyse(extractor: &Extractor, id: &str, input: &Input) -> String {
    match input {
        Input::Text(text) => {
            let text: &str = text;
            std::panic::catch_unwind(AssertUnwindSafe(|| {
                to_json_line(id, &extractor.extract(text))
            }))
            .unwrap_or_else(|panic| {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".to_owned());
                error_line(
                    id,
                    "internal_error",
                    &format!("the engine panicked: {what}"),
                )
            })
        }
        Input::Failed { kind, message } => error_line(id, kind, message),
    }
}

/// Who said what, in what role: quotation and attribution extraction from news text.
#[pymodule(name = "_saywho")]
mod saywho_module {
    use super::*;

    /// Version of the JSON output contract.
    #[pymodule_export]
    const SCHEMA: u32 = saywho_output::SCHEMA;

    /// Analyse one document and return its record as a dict (the CLI's JSON
    /// contract, parsed). A document that cannot be analysed gives an error
    /// record (`{"schema", "id", "error": {"kind", "message"}}`), never an
    /// exception; a `text` that is not a `str` raises `TypeError`.
    #[pyfunction]
    #[pyo3(signature = (text, id = "", *, scope = "speech"))]
    fn extract<'py>(
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        id: &str,
        scope: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        let extractor = parse_scope(scope)?;
        if !text.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err("text must be a str"));
        }
        let input = read_text(text);
        let line = py.detach(|| analyse(&extractor, id, &input));
        py.import("json")?.call_method1("loads", (line,))
    }

    /// Analyse many documents; return one JSON line (a `str`, no newline) per
    /// text, in order, byte for byte what `saywho extract` writes for the same
    /// id and text. `texts` is any iterable; a `None` or non-`str` item gives
    /// an error record. `ids` (same length; `str`, `int` or `None`) defaults
    /// to each text's position. The GIL is released while the batch runs.
    #[pyfunction]
    #[pyo3(signature = (texts, ids = None, *, scope = "speech"))]
    fn extract_batch(
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        ids: Option<&Bound<'_, PyAny>>,
        scope: &str,
    ) -> PyResult<Vec<String>> {
        let extractor = parse_scope(scope)?;
        let inputs = texts
            .try_iter()?
            .map(|item| item.map(|item| read_text(&item)))
            .collect::<PyResult<Vec<Input>>>()?;
        let ids = match ids {
            None => (0..inputs.len()).map(|i| i.to_string()).collect(),
            Some(ids) => ids
                .try_iter()?
                .enumerate()
                .map(|(i, item)| read_id(&item?, i))
                .collect::<PyResult<Vec<String>>>()?,
        };
        if ids.len() != inputs.len() {
            return Err(PyValueError::new_err(format!(
                "{} ids for {} texts",
                ids.len(),
                inputs.len()
            )));
        }
        Ok(py.detach(|| {
            ids.iter()
                .zip(&inputs)
                .map(|(id, input)| analyse(&extractor, id, input))
                .collect()
        }))
    }

    /// The JSON line of an error record, for a document the caller could not
    /// even read (a corrupt input line): `{"schema", "id", "error": {"kind",
    /// "message"}}`, as the CLI writes it.
    #[pyfunction]
    fn error_record(id: &str, kind: &str, message: &str) -> String {
        error_line(id, kind, message)
    }
}
