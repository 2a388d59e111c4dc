//! Answers to reads asked again, kept while nothing in the space changed: the same token
//! (by its hash), the same path and query, the same `LocalSpace::version` of the file
//! (any commit, by this server or another process, changes it), for at most `KEEP` and
//! never past the session's end. A logout, a disabled account, a suspended subscription
//! or a moved client each commit, so the next call is answered afresh and refused or
//! changed as the rules say (R1, R7); nothing but the file and the clock decides these
//! answers.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::{ApiError, App, Recent};
use crate::error::{Error, Result};
use crate::messages as msg;
use crate::secret::Secret;
use crate::space::local::LocalSpace;
use crate::space::local::watch::Version;

/// Long enough to answer a burst of the same call, short enough that `last_used_at`
/// stays as exact as without it (written at most once a minute by a fresh answer).
const KEEP: Duration = Duration::from_secs(1);
const MAX_ANSWER: usize = 1 << 20;
const MAX_TOTAL: usize = 32 << 20;

#[derive(Default)]
pub struct Answers(Mutex<Kept>);

#[derive(Default)]
struct Kept {
    answers: HashMap<([u8; 32], String), Answer>,
    bytes: usize,
}

struct Answer {
    version: Version,
    until: Instant,
    body: Bytes,
}

impl Answers {
    fn get(&self, key: &([u8; 32], String), version: Version) -> Option<Bytes> {
        let kept = self.0.lock().unwrap_or_else(|p| p.into_inner());
        kept.answers
            .get(key)
            .filter(|a| a.version == version && Instant::now() < a.until)
            .map(|a| a.body.clone())
    }

    fn keep(&self, key: ([u8; 32], String), answer: Answer) {
        if answer.body.len() > MAX_ANSWER {
            return;
        }
        let mut kept = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if kept.bytes + answer.body.len() > MAX_TOTAL {
            let now = Instant::now();
            kept.answers.retain(|_, a| now < a.until);
            kept.bytes = kept.answers.values().map(|a| a.body.len()).sum();
        }
        if kept.bytes + answer.body.len() > MAX_TOTAL {
            kept.answers.clear();
            kept.bytes = 0;
        }
        kept.bytes += answer.body.len();
        if let Some(old) = kept.answers.insert(key, answer) {
            kept.bytes -= old.body.len();
        }
    }
}

/// A read answered as [`super::call`] answers it, or by the answer kept for the same
/// call while the space is unchanged.
pub async fn read<T, F>(app: &App, token: &Secret, uri: &Uri, f: F) -> Response
where
    T: Serialize + Send + 'static,
    F: FnOnce(&LocalSpace) -> Result<T> + Send + 'static,
{
    let key = (
        Recent::key(token),
        uri.path_and_query().map_or("", |p| p.as_str()).to_string(),
    );
    // Read before the answer is made: a commit in between makes the answer newer than
    // its version says, which only costs the next call a fresh answer.
    let version = app.space.version();
    if let Some(body) = version.and_then(|v| app.answers.get(&key, v)) {
        return json(body);
    }
    let space = app.space.clone();
    let lang = crate::i18n::current();
    let token = token.clone();
    let outcome = tokio::task::spawn_blocking(move || {
        crate::i18n::with(lang, || {
            let value = f(&space)?;
            let body =
                serde_json::to_vec(&value).map_err(|_| Error::other(msg::internal_error()))?;
            Ok((body, space.session_ends(&token)?))
        })
    })
    .await;
    let (body, ends) = match outcome {
        Ok(Ok(done)) => done,
        Ok(Err(e)) => return ApiError(e).into_response(),
        Err(_) => return ApiError(Error::other(msg::internal_error())).into_response(),
    };
    let body = Bytes::from(body);
    if let (Some(version), Some(ends)) = (version, ends) {
        let left = jiff::Timestamp::now().duration_until(ends);
        let left = Duration::try_from(left).unwrap_or(Duration::ZERO);
        let until = Instant::now() + KEEP.min(left);
        let answer = Answer {
            version,
            until,
            body: body.clone(),
        };
        app.answers.keep(key, answer);
    }
    json(body)
}

fn json(body: Bytes) -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json")],
        body,
    )
        .into_response()
}
