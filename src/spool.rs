//! A spool: JSON lines in an anonymous temporary file, for what a bulk run must keep
//! until its end (batches to send again, outcomes to report) without holding it in memory.

use std::io::{BufRead, BufReader, BufWriter, Seek, Write};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{Error, Result};

pub struct Spool(BufWriter<std::fs::File>);

impl Spool {
    pub fn new() -> Result<Spool> {
        Ok(Spool(BufWriter::new(tempfile::tempfile()?)))
    }

    pub fn push(&mut self, value: &impl Serialize) -> Result<()> {
        serde_json::to_writer(&mut self.0, value).map_err(|e| Error::other(e.to_string()))?;
        self.0.write_all(b"\n")?;
        Ok(())
    }

    pub fn replay<T: DeserializeOwned>(self) -> Result<impl Iterator<Item = Result<T>>> {
        let mut file = self
            .0
            .into_inner()
            .map_err(|e| Error::other(e.to_string()))?;
        file.rewind()?;
        Ok(BufReader::new(file)
            .lines()
            .map(|line| serde_json::from_str(&line?).map_err(|e| Error::other(e.to_string()))))
    }
}
