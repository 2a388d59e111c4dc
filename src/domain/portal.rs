//! The State's portal (net-entreprises): a portfolio's establishments file, produced
//! from what the space holds, and a portfolio's content declared by such a file (the
//! plan shown before it is applied).

use serde::{Deserialize, Serialize};

/// `portfolio export --format net-entreprises`: one line per establishment, its SIRET
/// in 14 digits, `1` to add it or `0` to remove it, `;` between, nothing else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PortalFile {
    pub portfolio: i64,
    pub lines: Vec<PortalLine>,
    /// Clients that cannot be written: never left out without saying so.
    pub problems: Vec<PortalProblem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PortalLine {
    pub siret: String,
    /// `true`: add (`1`); `false`: remove (`0`), a client that left since the date asked.
    pub add: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PortalProblem {
    /// What the space holds: a SIREN with no establishment known.
    pub id: String,
    pub name: String,
    pub add: bool,
}

impl PortalFile {
    /// The file's bytes: CRLF line ends, as Windows tools write them.
    pub fn text(&self) -> String {
        let mut out = String::with_capacity(self.lines.len() * 18);
        for l in &self.lines {
            out.push_str(&l.siret);
            out.push_str(if l.add { ";1\r\n" } else { ";0\r\n" });
        }
        out
    }
}

/// The file's name, after the portfolio.
pub fn file_name(portfolio: i64) -> String {
    format!("portefeuille-{portfolio}-etablissements.csv")
}

/// A line of a file declaring a portfolio's content: a company or establishment, and
/// whether it belongs there (`SIRET;1`, any headed row) or must go (`SIRET;0`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct SyncRow {
    #[schema(value_type = u64, maximum = 4294967295.0)]
    pub line: u32,
    pub id: String,
    #[serde(default)]
    pub name: String,
    pub keep: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct SyncRequest {
    pub rows: Vec<SyncRow>,
    /// Remove the portfolio's clients the file does not name.
    #[serde(default)]
    pub prune: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    Add,
    MoveIn,
    Remove,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PlanItem {
    pub step: Step,
    /// SIREN or SIRET, as the file or the space has it.
    pub id: String,
    /// Empty for a new client the file gives no name: the register's is taken.
    pub name: String,
    /// The portfolio a moved client comes from.
    pub from: Option<i64>,
    pub line: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct RowProblem {
    pub line: u32,
    pub id: String,
    pub message: String,
}

/// What a sync does (or, dry, would do): every change, in order, then what stays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct SyncPlan {
    pub portfolio: i64,
    pub changes: Vec<PlanItem>,
    pub unchanged: u64,
    /// Rows that cannot be taken: when any, nothing is changed.
    pub problems: Vec<RowProblem>,
    pub applied: bool,
}
